import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, buildDocument, buildStore, buildUser } from "../test/factories.ts";
import { type ApiCaller, startApi } from "../test/httpClient.ts";
import { listRoutes } from "./routeList.ts";

/** Values for the other parameters of a route: plausible, so nothing but the document differs. */
const OTHER_PARAMS: Record<string, string> = {
  number: "1",
  n: "1",
  commentId: "komentar-1",
  attachmentId: "lampiran-1",
  userId: "orang-1",
  invitationId: "undangan-1",
};

const EXISTING = "rancangan-rahasia";
const UNKNOWN = "rancangan-tiada";

/**
 * An outsider — signed out, or signed in without any role — must not learn whether a private
 * draft exists: every route under a document answers them exactly the same (status and error
 * id) for a draft that exists and one that does not, as the collaboration socket does.
 */
describe("probing for private drafts", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  let outsider: ApiCaller;

  beforeAll(async () => {
    store = await buildStore();
    api = await startApi(store);
    await buildDocument(store, EXISTING, "Rancangan yang belum dibagikan");
    await buildUser(store, { email: "orang-luar@lsm.test" });
    outsider = await api.signIn("orang-luar@lsm.test");
  });
  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  it("every route under a document answers an outsider the same for an existing and an unknown draft", async () => {
    const routes = listRoutes(buildApp(store)).filter((r) => r.path.includes(":documentId"));
    expect(routes.length).toBeGreaterThan(20);
    const differing: unknown[] = [];
    for (const route of routes) {
      for (const [who, caller] of [
        ["signed out", api.anonymous],
        ["without a role", outsider],
      ] as const) {
        const existing = await answer(caller, route.method, pathFor(route.path, EXISTING));
        const unknown = await answer(caller, route.method, pathFor(route.path, UNKNOWN));
        if (JSON.stringify(existing) !== JSON.stringify(unknown)) {
          differing.push({ route: `${route.method} ${route.path}`, who, existing, unknown });
        }
      }
    }
    expect(differing).toEqual([]);
  });

  function pathFor(template: string, documentId: string): string {
    return template.replace(/:([A-Za-z_]+)/g, (_m, name: string) =>
      name === "documentId" ? documentId : (OTHER_PARAMS[name] ?? "x"),
    );
  }

  async function answer(caller: ApiCaller, method: string, path: string) {
    const hasBody = !["GET", "HEAD", "DELETE"].includes(method);
    const res = await caller.request(method, path, hasBody ? {} : undefined, {
      origin: api.base,
    });
    const text = await res.text();
    let errorId: string | undefined;
    try {
      errorId = (JSON.parse(text) as { error?: { id?: string } }).error?.id;
    } catch {
      errorId = undefined;
    }
    return { status: res.status, errorId };
  }
});
