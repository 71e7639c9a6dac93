import { Router } from "express";
import { LoginSchema } from "../../../../shared/schemas/index.ts";
import { actorOf } from "../../auth/actor.ts";
import { dummyPasswordHash, verifyPassword } from "../../auth/passwords.ts";
import { HttpError } from "../../errors.ts";
import { presentMe } from "../../presenters/accountPresenter.ts";
import { clearSessionCookie, type RouteContext, signIn } from "../context.ts";
import { signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";

const INVALID = () =>
  new HttpError(401, "invalid_credentials", "The email or password is not correct.");

/** Sign in, sign out, sign out everywhere. */
export function authRouter(ctx: RouteContext) {
  const router = Router();
  const { store, loginThrottle } = ctx;
  const dummyHash = dummyPasswordHash();

  router.post("/login", validate("body", LoginSchema), async (req, res) => {
    const { email, password } = req.body as { email: string; password: string };
    // Counted before the password is checked, so parallel guesses cannot outrun the count.
    const attempt = await loginThrottle.begin(res, email, req.ip ?? "unknown");
    const user = await store.users.findByEmail(email);
    // Hash even when there is no account, so the answer's timing does not reveal which emails exist.
    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !valid || user.disabledAt) throw INVALID();
    await attempt.succeeded();
    await signIn(ctx, req, res, user.id);
    res.json(presentMe(user, await store.organisations.forUser(user.id)));
  });

  router.post("/logout", async (req, res) => {
    const { sessionTokenHash } = actorOf(req);
    if (sessionTokenHash) {
      await store.sessions.delete(sessionTokenHash);
      // That session's sockets and event streams end with it; other devices stay signed in.
      ctx.accessEvents.sessionEnded(sessionTokenHash);
    }
    clearSessionCookie(res);
    res.status(204).end();
  });

  router.post("/logout-everywhere", async (req, res) => {
    const user = signedInUser(req);
    await store.sessions.deleteForUser(user.id);
    ctx.accessEvents.userSessionsEnded(user.id);
    clearSessionCookie(res);
    res.status(204).end();
  });

  return router;
}
