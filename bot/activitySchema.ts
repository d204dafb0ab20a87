import { z } from 'zod';

/**
 * botbuilder copies the sender, the recipient and the conversation into every reply, and its
 * serializer throws on a wrongly typed field of them (a 500). It accepts null as absent.
 */
const optionalText = z.string().nullish();
const channelAccount = z.looseObject({ id: optionalText, name: optionalText, aadObjectId: optionalText, role: optionalText });
/** Longest conversation id served: Teams' are under 200 characters; past ~700 the saved reference breaks. */
export const CONVERSATION_ID_MAX = 512;

const conversationAccount = channelAccount.extend({
  // botbuilder puts the id in a header (a 500 on anything not printable) and in the saved reference.
  id: z
    .string()
    .min(1)
    .max(CONVERSATION_ID_MAX)
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII only'),
  isGroup: z.boolean().nullish(),
  conversationType: optionalText,
  tenantId: optionalText,
});

/**
 * An activity botbuilder can process and the bot can read. Unknown fields pass untouched; all of
 * it is untrusted.
 */
export const activitySchema = z
  .looseObject({
    // What botbuilder needs.
    type: z.string().min(1),
    // Required so that the token's serviceurl claim is always checked against it, and replies have somewhere to go.
    serviceUrl: z.string().regex(/^https?:\/\//i),
    channelId: z.string().min(1),
    conversation: conversationAccount,
    // The id becomes the reply's replyToId.
    id: optionalText,
    from: channelAccount.nullish(),
    recipient: channelAccount.nullish(),
    locale: optionalText,
    // What the bot reads (bot/conversation/readIncoming.ts).
    name: z.string().optional(),
    action: z.string().optional(),
    text: z.string().optional(),
    value: z.unknown().optional(),
    localTimezone: z.string().optional(),
    membersAdded: z.array(z.object({ id: z.string() })).optional(),
    membersRemoved: z.array(z.object({ id: z.string() })).optional(),
    entities: z.array(z.unknown()).optional(),
    channelData: z.unknown().optional(),
  })
  .refine((activity) => tenantsAgree(activity.conversation.tenantId, activity.channelData), {
    message: 'conversation.tenantId and channelData.tenant.id name different tenants',
    path: ['channelData', 'tenant', 'id'],
  });

export const channelTenantSchema = z.object({ tenant: z.object({ id: z.string() }) });

/** Either field alone is read as the tenant; both present must name the same one (neither may win). */
function tenantsAgree(conversationTenant: string | null | undefined, channelData: unknown): boolean {
  const channelTenant = channelTenantSchema.safeParse(channelData).data?.tenant.id;
  return !conversationTenant || channelTenant === undefined || conversationTenant.toLowerCase() === channelTenant.toLowerCase();
}

export type ActivityShape = z.infer<typeof activitySchema>;

/**
 * The fields botbuilder's authentication reads, each kept only when it has the right type, so that
 * any body, however malformed, can be authenticated before its shape is judged.
 */
const envelopeSchema = z
  .object({
    channelId: z.string().optional().catch(undefined),
    serviceUrl: z.string().optional().catch(undefined),
    recipient: z
      .object({ role: z.string().optional().catch(undefined) })
      .optional()
      .catch(undefined),
  })
  .catch({});

export const authenticationEnvelope = (body: unknown) => envelopeSchema.parse(body);
