/** botbuilder's own settings, validated by app/config.ts. */
export interface BotSettings {
  appId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
  password?: string;
  /** Entra tenant ids the bot serves; empty = all. */
  allowedTenants: string[];
  openIdMetadataUrl?: string;
}
