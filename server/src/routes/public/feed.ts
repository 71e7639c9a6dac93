import { Router } from "express";
import { renderAtomFeed } from "../../record/atomFeed.ts";
import { feedEntries } from "../../record/consultations.ts";
import { type Clock, systemClock } from "../../rounds/clock.ts";
import { baseUrlOf, type RouteContext } from "../context.ts";
import { errorHandler } from "../errorHandler.ts";

/** `GET /public/feed.xml`: an Atom feed of published consultation rounds, without an account. */
export function publicFeedRouter(ctx: RouteContext & { clock?: Clock }) {
  const router = Router();
  router.get("/feed.xml", async (req, res) => {
    const now = (ctx.clock ?? systemClock).now();
    const xml = renderAtomFeed(
      await feedEntries({ store: ctx.store, now }),
      baseUrlOf(ctx, req),
      now,
    );
    res
      .status(200)
      .type("application/atom+xml; charset=utf-8")
      .set({ "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" })
      .send(xml);
  });
  router.use(errorHandler(ctx.log));
  return router;
}
