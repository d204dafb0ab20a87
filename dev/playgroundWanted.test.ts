import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { playgroundWanted } from './playgroundWanted';
import { projectRoot } from './projectRoot';

describe('npm start opens the Playground unless told not to', () => {
  test.each([
    [[], undefined, true],
    [[], 'on', true],
    [['--no-playground'], undefined, false],
    [[], 'off', false],
    [[], '0', false],
    [[], 'false', false],
    [[], ' NO ', false],
  ])('args %j, PLAYGROUND=%s → %s', (args, setting, expected) => {
    expect(playgroundWanted(args, setting)).toBe(expected);
  });

  test('the docs never show the flag where npm would keep it (`npm start --no-playground`)', () => {
    const root = projectRoot();
    const files = [
      'README.md',
      ...readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => join('docs', f)),
    ];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(/--no-playground/g)) {
        expect(`${file}: ${text.slice(Math.max(0, match.index - 13), match.index)}`).toBe(`${file}: npm start -- `);
      }
    }
  });
});
