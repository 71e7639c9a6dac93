import { CommentEvents } from "../comments/commentEvents.ts";

/**
 * In-process news that a document's rounds changed (opened, closed, concluded, a version
 * restored), for the event streams (`event: rounds`). Same mechanics as the comment news; a
 * separate channel so pages refetch only what changed.
 */
export class RoundEvents extends CommentEvents {}
