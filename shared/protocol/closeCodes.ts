/**
 * WebSocket close codes the Rembuk collaboration server uses, with the meaning a
 * client should act on. The stock `WebsocketProvider` (y-websocket 3) stops
 * reconnecting on 4400–4499 (a permanent refusal) and retries on anything else,
 * so transient conditions use 45xx.
 */
export const CloseCode = {
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
  /** A message was larger than even the hard transport limit (set by `ws`). */
  transportTooLarge: 1009,
  /** A message could not be decoded, had an unknown type, or carried an invalid Yjs update. */
  badMessage: 4400,
  /** No valid session (used once accounts exist). */
  unauthenticated: 4401,
  /** The person may not open this document, or tried to change it without the right. */
  forbidden: 4403,
  /** No document with this id exists. */
  documentNotFound: 4404,
  /** A message exceeded the configured size limit (`MAX_MESSAGE_BYTES`). */
  messageTooLarge: 4413,
  /** The client announced a protocol version this server does not speak. */
  protocolMismatch: 4426,
  /** The connection sent more than it may have pending while the document was loading. */
  tooManyPending: 4429,
  /**
   * The account already holds as many sockets as one account may (`MAX_SOCKETS_PER_ACCOUNT`);
   * close another tab or window, then reconnect.
   */
  tooManyConnections: 4430,
  /** The document could not be loaded from the store; try again. */
  documentUnavailable: 4500,
  /** The connection could not keep up with outgoing updates; reconnect and resync. */
  slowConsumer: 4503,
  /**
   * The person's role changed between editing and reading: reconnect (the stock
   * client does) and re-read the role; the new socket carries the new rights.
   */
  accessChanged: 4520,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** True when a client should stop reconnecting after this close code. */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
