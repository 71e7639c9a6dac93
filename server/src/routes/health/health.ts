import { Router } from "express";

/** `GET /api/health`: 200 once the store is open (the app is only built after it is). */
export function healthRouter() {
  const router = Router();
  router.get("/", (_req, res) => {
    res.json({ status: "ok" });
  });
  return router;
}
