import { jobIdOfLink, jobLink } from './jobLink';

const BASE = 'https://jobs.contoso.example';
const ID = 'DCIB2026112809000012345678';

describe('a job link', () => {
  test('is the public URL, /api/jobs/ and the id; reading it back gives the id', () => {
    expect(jobLink(BASE, ID)).toBe(`${BASE}/api/jobs/${ID}`);
    expect(jobIdOfLink(jobLink(BASE, ID), BASE)).toBe(ID);
  });

  test.each([
    ['with a function key', `${BASE}/api/jobs/${ID}?code=abc`],
    ['with a trailing slash', `${BASE}/api/jobs/${ID}/`],
    ['with the host in capitals', `https://JOBS.contoso.example/api/jobs/${ID}`],
  ])('is read %s', (_, link) => {
    expect(jobIdOfLink(link, BASE)).toBe(ID);
  });

  test.each([
    ['another host', `https://evil.example/api/jobs/${ID}`],
    ['a look-alike host', `https://jobs.contoso.example.evil.example/api/jobs/${ID}`],
    ['another scheme', `http://jobs.contoso.example/api/jobs/${ID}`],
    ['another port', `https://jobs.contoso.example:8443/api/jobs/${ID}`],
    ['the list, not a job', `${BASE}/api/jobs?q=failed`],
    ['a deeper path', `${BASE}/api/jobs/${ID}/more`],
    ['an id that is not one', `${BASE}/api/jobs/a%2Fb`],
    ['not a URL', 'jobs please'],
  ])('is not one of ours: %s', (_, link) => {
    expect(jobIdOfLink(link, BASE)).toBeUndefined();
  });
});
