import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, buildStore } from "../../test/factories.ts";
import { startApi } from "../../test/httpClient.ts";
import { listRoutes, routeKey } from "../routeList.ts";
import { OPERATIONS } from "./operations.ts";

describe("OpenAPI document", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  beforeAll(async () => {
    store = await buildStore();
  });
  afterAll(() => store.cleanup());

  it("lists exactly the routes the app registers", () => {
    const registered = listRoutes(buildApp(store))
      .map((r) => routeKey(r.method, r.path))
      .sort();
    const documented = OPERATIONS.map((o) => routeKey(o.method, o.path)).sort();
    expect(documented).toEqual(registered);
  });

  it("is served as OpenAPI 3.1 with request bodies from the shared schemas", async () => {
    const api = await startApi(store);
    try {
      const res = await api.anonymous.request("GET", "/api/openapi.json");
      expect(res.status).toBe(200);
      const doc = await res.json();
      expect(doc.openapi).toBe("3.1.0");
      const create = doc.paths["/api/documents"].post;
      expect(create.requestBody.content["application/json"].schema.properties.title.maxLength).toBe(
        200,
      );
      expect(doc.paths["/api/documents/{documentId}/roles/{userId}"].put.parameters).toHaveLength(
        2,
      );
    } finally {
      await api.close();
    }
  });
});
