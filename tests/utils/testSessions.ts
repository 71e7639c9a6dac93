import WebSocket from "ws";

/** The administrator every test server is started with (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const TEST_ADMIN = { email: "admin@rembuk.test", password: "kata-sandi-admin-uji" };

/** Session cookie per server (`host:port`), signed in as the test administrator. */
const cookies = new Map<string, string>();

/** Remembers the session cookie for a server, for every client that connects to it. */
export function rememberSession(host: string, cookie: string): void {
  cookies.set(host, cookie);
}

/** The session cookie for the server a URL points at, if a test signed in there. */
export function sessionCookieFor(url: string): string | undefined {
  return cookies.get(new URL(url).host);
}

/** Signs in through the real login route and returns the `name=value` cookie. */
export async function signInAs(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 200 || !cookie) {
    throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  }
  return cookie;
}

/**
 * A `ws` WebSocket class for `WebsocketProvider`'s `WebSocketPolyfill` that sends a
 * session cookie (the session of the server it connects to, or `cookie`).
 */
export function webSocketWithSession(cookie?: string) {
  return class SessionWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      const session = cookie ?? sessionCookieFor(String(url).replace(/^ws/, "http"));
      super(url, protocols, { headers: session ? { cookie: session } : {} });
    }
  };
}
