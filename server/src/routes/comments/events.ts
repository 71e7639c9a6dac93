import { type Request, type Response, Router } from "express";
import { ROUND_EVENT } from "../../../../shared/schemas/index.ts";
import { actorOf } from "../../auth/actor.ts";
import { commentNewsListener } from "../../comments/commentNews.ts";
import { type StreamFollower, trackStream } from "../../comments/commentStreams.ts";
import { documentAccess } from "../../policies/documentPolicy.ts";
import { roundAccess } from "../../policies/roundPolicy.ts";
import type { CommentRecord } from "../../store/index.ts";
import type { RouteContext } from "../context.ts";
import { DocumentParams } from "../documents/schema.ts";
import { documentOf, requireDocument } from "../guards.ts";
import { requireRound, roundOf } from "../rounds/roundGuards.ts";
import { RoundParams } from "../rounds/schema.ts";
import { validate } from "../validate.ts";
import { viewerOf } from "./viewer.ts";

/** How often an idle stream sends a comment line, so proxies and clients know it is alive. */
export const HEARTBEAT_MS = 25_000;

/**
 * Server-Sent Events telling a reader which of a document's comments changed (`event: comments`
 * carrying that one comment, so the client updates its thread) or that its consultation rounds
 * changed (`event: rounds`, so the client refetches them):
 * `GET /events` for readers of the document, `GET /rounds/:number/events` for everyone who may
 * read that round — its participants too, who may not read the document. Both are the same
 * stream of the same document's news; each ends when its reader loses the access it needed.
 */
export function commentEventsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store } = ctx;

  router.get(
    "/events",
    validate("params", DocumentParams),
    requireDocument(store, "document.read"),
    (req, res) => {
      const documentId = documentOf(req).id;
      return serveEvents(ctx, req, res, {
        documentId,
        mayFollow: async (user) =>
          (await documentAccess(store, user, documentId)).can("document.read"),
      });
    },
  );

  router.get(
    "/rounds/:number/events",
    validate("params", RoundParams),
    requireRound(ctx, "round.read"),
    (req, res) => {
      const { documentId, number, versionId } = roundOf(req);
      const inRound = (comment: CommentRecord) => comment.versionId === versionId;
      return serveEvents(
        ctx,
        req,
        res,
        {
          documentId,
          mayFollow: async (user) => {
            const round = await store.rounds.find(documentId, number);
            if (!round) return false;
            const access = await documentAccess(store, user, documentId);
            const now = ctx.clock.now();
            return (await roundAccess({ store, user, access, round, now })).canRead;
          },
        },
        inRound,
      );
    },
  );

  return router;
}

/**
 * Answers with the document's event stream until the client goes or a change of access ends
 * it (`trackStream`): the one copy of the stream, whichever route admitted the reader.
 */
async function serveEvents(
  ctx: RouteContext,
  req: Request,
  res: Response,
  follow: Pick<StreamFollower, "documentId" | "mayFollow">,
  /** Which changed comments the reader hears of (carried whole in each event). */
  sees: (comment: CommentRecord) => boolean = () => true,
): Promise<void> {
  const { documentId } = follow;
  // What `end` undoes, filled in as the stream opens: admission may end it before it opened.
  let ended = false;
  const undo: (() => void)[] = [];
  function end() {
    if (ended) return;
    ended = true;
    for (const step of undo.splice(0)) step();
    res.end();
  }
  // Tracked (or refused: over the account's cap, or signed out meanwhile) before anything is written.
  undo.push(await trackStream(ctx, { ...follow, actor: actorOf(req), close: end }));
  if (ended) {
    // Its session ended while the stream was being admitted.
    for (const step of undo.splice(0)) step();
    return;
  }
  res.status(200).set({
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache",
    // Tells a buffering reverse proxy (nginx) to pass each event on at once.
    "X-Accel-Buffering": "no",
  });
  res.flushHeaders();
  req.socket.setNoDelay(true);
  res.write(": connected\n\n");

  const send = (event: string) => (at: string) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify({ at })}\n\n`);
  };
  undo.push(
    ctx.commentEvents.subscribe(
      documentId,
      commentNewsListener({
        store: ctx.store,
        documentId,
        viewer: viewerOf(req),
        sees,
        write: (chunk) => {
          if (!res.writableEnded) res.write(chunk);
        },
      }),
    ),
    ctx.roundEvents.subscribe(documentId, send(ROUND_EVENT)),
  );
  const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), HEARTBEAT_MS);
  heartbeat.unref();
  undo.push(() => clearInterval(heartbeat));
  res.on("close", end);
  // A reader who left before the stream opened never fires "close" again.
  if (req.socket.destroyed) end();
}
