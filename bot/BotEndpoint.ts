/** An HTTP request as the bot endpoint needs it: headers and the already-parsed JSON body. */
export interface BotRequest {
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface BotResponse {
  status: number;
  body?: unknown;
}

/** `POST /api/messages` as the functions see it; botbuilder stays behind it. */
export interface BotEndpoint {
  handle(request: BotRequest): Promise<BotResponse>;
}
