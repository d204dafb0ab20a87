import { z } from 'zod';

/**
 * botbuilder copies the sender, the recipient and the conversation into every reply, and its
 * serializer throws on a wrongly typed field of them (a 500). It accepts null as absent.
 */
const optionalText = z.string().nullish();
const channelAccount = z.looseObject({ id: optionalText, name: optionalText, aadObjectId: optionalText, role: optionalText });
const conversationAccount = channelAccount.extend({
  id: z.string().min(1),
  isGroup: z.boolean().nullish(),
  conversationType: optionalText,
  tenantId: optionalText,
});

/**
 * An activity botbuilder can process and the bot can read. Unknown fields pass untouched; all of
 * it is untrusted.
 */
export const activitySchema = z.looseObject({
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
});

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
