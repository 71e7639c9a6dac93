import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/index.ts";
import { buildApp } from "./factories.ts";

/** A person calling the API: anonymous, or signed in with a session cookie. */
export interface ApiCaller {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/** Serves the app on a free port for route tests; `close` stops it. */
export async function startApi(store: Store) {
  const server = http.createServer(buildApp(store));
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
