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
  /** True when Bot Framework tokens are checked (an app id is set): a request without a bearer token can be refused from its headers. */
  readonly requiresToken: boolean;
  handle(request: BotRequest): Promise<BotResponse>;
  /**
   * Builds ahead of the first turn what that turn would otherwise wait for (botbuilder, the card
   * templating, the reader's tables). Never throws: a failure is logged and the first turn tries again.
   */
  prepare(): Promise<void>;
}
