import { UpstreamError, ValidationError } from '../../shared/errors';
import { errorResponse, RequestProblem } from './problem';

const context = () => ({ invocationId: 'c0ffee00-0000-4000-8000-000000000000', error: jest.fn(), warn: jest.fn() });

describe('errorResponse maps each failure once', () => {
  it.each([
    [new ValidationError([{ field: 'type', message: 'bad' }]), 400],
    [new RequestProblem(415, 'Unsupported content type', 'x'), 415],
    [new RequestProblem(413, 'Too large', 'x'), 413],
    [new UpstreamError('badGateway', 'AvePoint failed'), 502],
    [new UpstreamError('unavailable', 'AvePoint is unavailable', 7.2), 503],
    [new UpstreamError('timeout', 'AvePoint did not answer in time'), 504],
  ])('%s → %i', (error, status) => {
    const response = errorResponse(error, context());
    expect(response.status).toBe(status);
    expect(response.jsonBody).toMatchObject({ status, instance: 'urn:invocation:c0ffee00-0000-4000-8000-000000000000' });
  });

  it('passes Retry-After on, rounded up to whole seconds', () => {
    expect(errorResponse(new UpstreamError('unavailable', 'x', 7.2), context()).headers).toMatchObject({ 'retry-after': '8' });
  });

  it('answers anything unexpected with a generic 500 and logs it without the stack', () => {
    const ctx = context();
    const response = errorResponse(new TypeError('secret internals at /srv/app.js:12'), ctx);
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.jsonBody)).not.toContain('internals');
    expect(ctx.error).toHaveBeenCalledWith('Unexpected failure', { error: 'TypeError: secret internals at /srv/app.js:12' });
  });

  it('lists the field issues of a validation error', () => {
    const response = errorResponse(new ValidationError([{ field: 'pageInfo.pageSize', message: 'must be at most 100' }]), context());
    expect(response.jsonBody).toMatchObject({ errors: [{ field: 'pageInfo.pageSize', message: 'must be at most 100' }] });
  });
});
