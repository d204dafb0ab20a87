import { z } from 'zod';
import { DEFAULT_ALERTS_SCHEDULE, DEFAULT_RPO_HOURS } from '../alerts/AlertsSettings';
import type { AlertsSettings } from '../alerts/AlertsSettings';
import type { AvePointCredential, AvePointSettings } from '../avepoint/AvePointSettings';
import type { BotSettings } from '../bot/BotSettings';
import { ConfigurationError } from '../shared/errors';
import type { StorageSettings } from '../storage/StorageSettings';

const COMMERCIAL_TOKEN_URL = 'https://identity.avepointonlineservices.com/connect/token';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const csv = optionalText.transform((v) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [],
);

/** Every setting the app reads, by its environment name. Only functions/index.ts and dev/ pass process.env in. */
const settingsSchema = z.object({
  AVEPOINT_GRAPH_URL: z.url().optional(),
  AVEPOINT_API: z.enum(['graph', 'legacy']).default('graph'),
  AVEPOINT_TOKEN_URL: z.url().default(COMMERCIAL_TOKEN_URL),
  AVEPOINT_CLIENT_ID: optionalText,
  AVEPOINT_CLIENT_SECRET: optionalText,
  AVEPOINT_CLIENT_CERTIFICATE: optionalText,
  AVEPOINT_SCOPE: z.string().default('dynamics.readwrite.all'),
  AVEPOINT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  AVEPOINT_TOTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  MicrosoftAppId: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppPassword: optionalText,
  BOT_ALLOWED_TENANTS: csv,
  /** Overrides Bot Framework's OpenID metadata URL; only for offline tests of token validation. */
  BOT_OPENID_METADATA_URL: z.url().optional(),
  /** The app's public URL for links (nextLink, the OpenAPI servers URL); set by infra/. */
  PUBLIC_BASE_URL: z.url().optional(),
  /** Set by the platform in Azure ("<app>.azurewebsites.net") and by Core Tools ("localhost:7071"). */
  WEBSITE_HOSTNAME: optionalText,
  AzureWebJobsStorage: optionalText,
  AzureWebJobsStorage__tableServiceUri: z.url().optional(),
  AzureWebJobsStorage__clientId: optionalText,
  /** Six-field NCRONTAB, as the Functions host reads it. */
  ALERTS_SCHEDULE: z
    .string()
    .trim()
    .regex(/^\S+( \S+){5}$/, { message: 'must be a six-field NCRONTAB, e.g. 0 */5 * * * *' })
    .default(DEFAULT_ALERTS_SCHEDULE),
  BACKUP_RPO_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(DEFAULT_RPO_HOURS),
});

/** Names of every environment variable the app reads (infra checks its app settings against this). */
export const settingNames = Object.keys(settingsSchema.shape) as readonly string[];

/** Each room's settings, read from one environment. */
export interface AppConfig {
  avepoint: AvePointSettings;
  bot: BotSettings;
  storage: StorageSettings;
  /** An organisation without a successful backup for this long is flagged. */
  rpoHours: number;
  /** Where links point (never a client's Host header): PUBLIC_BASE_URL, else WEBSITE_HOSTNAME, without a trailing slash. */
  publicBaseUrl: string;
  alerts: AlertsSettings;
}

/** Reads and validates settings once; misconfiguration throws ConfigurationError naming the setting. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigurationError(`Invalid settings: ${detail}`);
  }
  const s = parsed.data;
  const fail = (message: string): never => {
    throw new ConfigurationError(message);
  };
  if (!s.AVEPOINT_GRAPH_URL) fail('AVEPOINT_GRAPH_URL is not set: set it, or run `npm start`, which starts the embedded simulator');
  if (!s.AVEPOINT_CLIENT_ID) fail('AVEPOINT_CLIENT_ID is not set');
  // A retry starts only when a whole attempt fits before the total bound (avepoint/retryPolicy.ts).
  if (s.AVEPOINT_TIMEOUT_MS >= s.AVEPOINT_TOTAL_TIMEOUT_MS)
    fail('AVEPOINT_TIMEOUT_MS (one attempt) must be less than AVEPOINT_TOTAL_TIMEOUT_MS (all attempts)');
  if (s.AVEPOINT_CLIENT_SECRET && s.AVEPOINT_CLIENT_CERTIFICATE)
    fail('Set AVEPOINT_CLIENT_SECRET or AVEPOINT_CLIENT_CERTIFICATE, not both');
  const credential: AvePointCredential = s.AVEPOINT_CLIENT_CERTIFICATE
    ? { kind: 'certificate', pem: s.AVEPOINT_CLIENT_CERTIFICATE }
    : s.AVEPOINT_CLIENT_SECRET
      ? { kind: 'secret', secret: s.AVEPOINT_CLIENT_SECRET }
      : fail('Set AVEPOINT_CLIENT_SECRET or AVEPOINT_CLIENT_CERTIFICATE');
  return {
    avepoint: {
      baseUrl: s.AVEPOINT_GRAPH_URL!.replace(/\/+$/, ''),
      dialect: s.AVEPOINT_API,
      tokenUrl: s.AVEPOINT_TOKEN_URL,
      clientId: s.AVEPOINT_CLIENT_ID!,
      credential,
      scope: s.AVEPOINT_SCOPE,
      timeoutMs: s.AVEPOINT_TIMEOUT_MS,
      totalTimeoutMs: s.AVEPOINT_TOTAL_TIMEOUT_MS,
    },
    bot: {
      appId: s.MicrosoftAppId,
      appType: s.MicrosoftAppType,
      tenantId: s.MicrosoftAppTenantId,
      password: s.MicrosoftAppPassword,
      allowedTenants: s.BOT_ALLOWED_TENANTS,
      openIdMetadataUrl: s.BOT_OPENID_METADATA_URL,
    },
    rpoHours: s.BACKUP_RPO_HOURS,
    publicBaseUrl: publicBaseUrl(s.PUBLIC_BASE_URL, s.WEBSITE_HOSTNAME),
    storage: storageConfig(s.AzureWebJobsStorage, s.AzureWebJobsStorage__tableServiceUri, s.AzureWebJobsStorage__clientId),
    alerts: { schedule: s.ALERTS_SCHEDULE, rpoHours: s.BACKUP_RPO_HOURS, allowedTenants: s.BOT_ALLOWED_TENANTS },
  };
}

function publicBaseUrl(configured?: string, hostname?: string): string {
  if (configured) return configured.replace(/\/+$/, '');
  // Core Tools sets localhost:<port>, which is served over plain HTTP.
  if (hostname) return `${/^(localhost|127\.0\.0\.1)(:\d+)?$/i.test(hostname) ? 'http' : 'https'}://${hostname}`;
  throw new ConfigurationError("PUBLIC_BASE_URL is not set (nor WEBSITE_HOSTNAME): links in responses need the app's public URL");
}

function storageConfig(connectionString?: string, tableServiceUri?: string, clientId?: string): StorageSettings {
  if (tableServiceUri) return { kind: 'identity', tableServiceUri, clientId };
  if (connectionString) return { kind: 'connectionString', connectionString };
  throw new ConfigurationError(
    'Set AzureWebJobsStorage (Azurite connection string) or AzureWebJobsStorage__tableServiceUri (managed identity)',
  );
}
