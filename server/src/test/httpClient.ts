import http from "node:http";
import type { AddressInfo } from "node:net";
import { AccessEvents } from "../auth/accessEvents.ts";
import { CommentEvents } from "../comments/commentEvents.ts";
import type { Store } from "../store/index.ts";
import { RoundEvents } from "../rounds/roundEvents.ts";
import { systemClock } from "../rounds/clock.ts";
import { buildApp, buildLiveDrafts, type RoundWiring } from "./factories.ts";

/** A person calling the API: anonymous, or signed in with a session cookie. */
export interface ApiCaller {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/**
 * Serves the app on a free port for route tests; `close` stops it, ends open streams and
 * flushes the live drafts. `accessEvents` and `commentEvents` are the app's own.
 */
export async function startApi(store: Store, wiring: Partial<RoundWiring> = {}) {
  const live = buildLiveDrafts(store);
  const events = { accessEvents: new AccessEvents(), commentEvents: new CommentEvents() };
  const rounds: RoundWiring = { roundEvents: new RoundEvents(), clock: systemClock, ...wiring };
  const server = http.createServer(buildApp(store, live, events, rounds));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const caller = (cookie?: string): ApiCaller => ({
    request(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      const h = init.headers as Record<string, string>;
      if (cookie) h.cookie = cookie;
      if (body !== undefined) {
        h["content-type"] ??= "application/json";
        init.body =
          typeof body === "string" || body instanceof Uint8Array
            ? (body as BodyInit)
            : JSON.stringify(body);
      }
      return fetch(`${base}${path}`, init);
    },
  });

  return {
    base,
    anonymous: caller(),
    /** Signs in through the real login route and returns a caller carrying the cookie. */
    async signIn(email: string, password = "kata-sandi-yang-panjang"): Promise<ApiCaller> {
      const res = await caller().request("POST", "/api/auth/login", { email, password });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.get("set-cookie")?.split(";")[0];
      if (!cookie) throw new Error("no session cookie");
      return caller(cookie);
    },
    ...events,
    ...rounds,
    liveDrafts: live.liveDrafts,
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stopped;
      await live.close();
    },
  };
}
