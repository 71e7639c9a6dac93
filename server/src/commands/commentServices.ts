import type { CommentEvents } from "../comments/commentEvents.ts";
import type { Logger } from "../logger.ts";
import type { RoundSealer } from "../rounds/roundSealer.ts";
import type { Store } from "../store/index.ts";

/**
 * What a command that changes a comment's record works with: the store, the news that tells open
 * pages, and the sealer that seals a closed round's record again (none: nothing is sealed; a
 * failed seal is logged, never the request's failure).
 */
export interface CommentServices {
  store: Store;
  events: CommentEvents;
  sealer?: RoundSealer;
  log?: Logger;
}
