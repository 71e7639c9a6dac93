import { Router } from "express";
import { joinableRounds } from "../../policies/roundPolicy.ts";
import { presentRound } from "../../presenters/roundPresenter.ts";
import { readRoundRecords } from "../../rounds/roundRecords.ts";
import type { RouteContext } from "../context.ts";
import { requireSignedIn, signedInUser } from "../guards.ts";

/**
 * `GET /api/rounds/open`: the rounds open now in which the caller may comment, across
 * documents — how a reviewer without any document role finds a consultation to join.
 */
export function openRoundsRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;
  router.get("/open", requireSignedIn(), async (req, res) => {
    const now = ctx.clock.now();
    const joinable = await joinableRounds(store, signedInUser(req), now);
    const rounds = await Promise.all(
      joinable.map(async ({ round, access }) => {
        const document = await store.documents.find(round.documentId);
        return {
          ...presentRound(await readRoundRecords(store, round), access, now),
          documentTitle: document?.title ?? "",
        };
      }),
    );
    res.json({ rounds });
  });
  return router;
}
