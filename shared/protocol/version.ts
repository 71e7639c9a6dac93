/**
 * Version of Rembuk's collaboration protocol. Rembuk's client sends it as the
 * `protocol` query parameter; a stock client that sends none is accepted, a
 * different version is refused with `CloseCode.protocolMismatch`.
 */
export const PROTOCOL_VERSION = 1;

/** Path prefix of the collaboration socket: `/collab/<documentId>`. */
export const COLLAB_PATH = "/collab";
