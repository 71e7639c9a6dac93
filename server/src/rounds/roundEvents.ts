import type { ClusterBus } from "../cluster/bus.ts";
import { CommentEvents } from "../comments/commentEvents.ts";

/**
 * News that a document's rounds changed (opened, closed, concluded, a version restored), for
 * the event streams (`event: rounds`) of every process. Same mechanics as the comment news; a
 * separate channel so pages refetch only what changed.
 */
export class RoundEvents extends CommentEvents {
  constructor(bus?: ClusterBus) {
    super(bus, "news:rounds");
  }
}
