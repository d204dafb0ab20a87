import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyFault } from './applyFault';
import type { SimContext } from './context';
import { readBody, sendJson } from './http';

/** `POST /connect/token`: OAuth 2.0 client credentials with a secret or a JWT client assertion. */
export async function tokenRoute(req: IncomingMessage, res: ServerResponse, ctx: SimContext): Promise<void> {
  ctx.stats.tokenRequests += 1;
  const fault = ctx.faults.next('token');
  if (fault && (await applyFault(fault, res, ctx.sleep, ctx.identityNow()))) return;
  const body = await readBody(req);
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') || body === undefined) {
    return sendJson(res, 400, { error: 'invalid_request', error_description: 'Expected a form-encoded body' });
  }
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== 'client_credentials') {
    return sendJson(res, 400, { error: 'unsupported_grant_type' });
  }
  const nowMs = ctx.identityNow();
  const clientId = await ctx.clients.authenticate(form, ctx.tokenUrl, nowMs);
  if (!clientId) return sendJson(res, 401, { error: 'invalid_client' });
  const { accessToken, expiresIn } = ctx.tokens.issue(clientId, nowMs);
  sendJson(
    res,
    200,
    { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, scope: form.get('scope') ?? 'dynamics.readwrite.all' },
    { 'cache-control': 'no-store' },
  );
}
