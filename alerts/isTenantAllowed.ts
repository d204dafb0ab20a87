/**
 * The one reading of BOT_ALLOWED_TENANTS: an empty list serves every tenant; otherwise only the
 * listed ones (case-insensitive), and an unknown tenant is refused.
 */
export function isTenantAllowed(allowedTenants: readonly string[], tenantId: string | undefined): boolean {
  if (allowedTenants.length === 0) return true;
  const wanted = tenantId?.toLowerCase();
  return wanted !== undefined && allowedTenants.some((id) => id.toLowerCase() === wanted);
}

/** The tenant a stored conversation reference names (botbuilder copies `conversation.tenantId` into it). */
export function tenantOfReference(reference: Record<string, unknown>): string | undefined {
  const conversation = reference.conversation;
  if (typeof conversation !== 'object' || conversation === null) return undefined;
  const tenantId = (conversation as { tenantId?: unknown }).tenantId;
  return typeof tenantId === 'string' && tenantId ? tenantId : undefined;
}
