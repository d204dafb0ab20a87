/** The bot's settings, validated by app/config.ts (the last two are set only by tests). */
export interface BotSettings {
  appId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
  password?: string;
  /** Entra tenant ids the bot serves; empty = all. */
  allowedTenants: string[];
  openIdMetadataUrl?: string;
  /**
   * Sent to the connector instead of a token from Entra, which offline tests cannot reach. Never read
   * from the environment: only a test's own settings set it.
   */
  connectorToken?: string;
  /** Upper bound on the upstream wait while answering an invoke; DEFAULT_INVOKE_TIMEOUT_MS unless a test sets it. */
  invokeTimeoutMs?: number;
}
