/**
 * Outer message types on the `/collab/<documentId>` socket. 0–3 are the y-websocket
 * protocol spoken by the stock `WebsocketProvider`; 4–5 are Rembuk's own save
 * acknowledgement, which stock clients never send and therefore never receive.
 */
export const MessageType = {
  /** y-protocols sync: sub-type 0 step 1, 1 step 2, 2 update. */
  sync: 0,
  /** y-protocols awareness update (presence, carets). */
  awareness: 1,
  /** y-protocols auth (permission denied); sent by the server only. */
  auth: 2,
  /** A request for every awareness state the server knows. */
  queryAwareness: 3,
  /** Client → server: "tell me when everything I sent before this is durable", carrying a nonce. */
  saveCheck: 4,
  /** Server → client: the answer to `saveCheck`, echoing its nonce once it is on disk. */
  saved: 5,
} as const;

export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType];

/** Sync sub-types inside a `MessageType.sync` message. */
export const SyncMessageType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;
