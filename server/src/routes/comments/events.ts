import { Router } from "express";
import { COMMENT_EVENT, ROUND_EVENT } from "../../../../shared/schemas/index.ts";
import { CommentStreams } from "../../comments/commentStreams.ts";
import type { RouteContext } from "../context.ts";
import { DocumentParams } from "../documents/schema.ts";
import { documentOf, requireDocument, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";

/** How often an idle stream sends a comment line, so proxies and clients know it is alive. */
export const HEARTBEAT_MS = 25_000;

/**
 * `GET /events`: Server-Sent Events telling a reader that the document's comments changed
 * (`event: comments`) or its consultation rounds changed (`event: rounds`), so the client
 * refetches. Ends when the reader loses access.
 */
export function commentEventsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const streams = new CommentStreams(ctx.store, ctx.accessEvents, ctx.log);

  router.get(
    "/events",
    validate("params", DocumentParams),
    requireDocument(ctx.store, "document.read"),
    (req, res) => {
      const documentId = documentOf(req).id;
      res.status(200).set({
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache",
        // Tells a buffering reverse proxy (nginx) to pass each event on at once.
        "X-Accel-Buffering": "no",
      });
      res.flushHeaders();
      req.socket.setNoDelay(true);
      res.write(": connected\n\n");

      const unsubscribeComments = ctx.commentEvents.subscribe(documentId, (at) => {
        res.write(`event: ${COMMENT_EVENT}\ndata: ${JSON.stringify({ at })}\n\n`);
      });
      const unsubscribeRounds = ctx.roundEvents.subscribe(documentId, (at) => {
        res.write(`event: ${ROUND_EVENT}\ndata: ${JSON.stringify({ at })}\n\n`);
      });
      const unsubscribe = () => {
        unsubscribeComments();
        unsubscribeRounds();
      };
      const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), HEARTBEAT_MS);
      heartbeat.unref();
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        unsubscribe();
        untrack();
        res.end();
      };
      const untrack = streams.add({ documentId, userId: signedInUser(req).id, close: end });
      res.on("close", end);
    },
  );

  return router;
}
