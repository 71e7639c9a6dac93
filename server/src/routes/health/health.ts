import { Router } from "express";
import type { Store } from "../../store/index.ts";

/**
 * `GET /api/health`: 200 once the store is open (the app is only built after it is); `status`
 * is "degraded" while a sealed public record is found altered (an open integrity alert), so
 * that monitoring pages an administrator. Which record stays for administrators (the log and
 * their e-mail), not for anyone asking.
 */
export function healthRouter(store: Pick<Store, "integrity">) {
  const router = Router();
  router.get("/", async (_req, res) => {
    const alerts = await store.integrity.open();
    res.json(
      alerts.length === 0
        ? { status: "ok" }
        : { status: "degraded", problems: ["record_tampered"], integrityAlerts: alerts.length },
    );
  });
  return router;
}
