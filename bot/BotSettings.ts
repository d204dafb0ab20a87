/** botbuilder's own settings, validated by app/config.ts. */
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
}
