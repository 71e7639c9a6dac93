import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importRegulationDocx } from "../../regulation/docxImporter.ts";
import { PERDA_PARKIR_LINES } from "../../regulation/test/perdaParkirDraft.ts";
import { markersOf } from "../../regulation/test/regulationOutline.ts";
import { typedDraftDocx } from "../../regulation/test/typedDraft.ts";
import { buildStore, buildUser } from "../../test/factories.ts";
import { type ApiCaller, startApi } from "../../test/httpClient.ts";
import { DOCX_MEDIA_TYPE } from "./word.ts";

// Imports run in a worker, whose first start loads the importer's code: seconds on a busy machine.
describe("Word in and out", { timeout: 30_000 }, () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: ApiCaller;

  beforeEach(async () => {
    store = await buildStore();
    api = await startApi(store);
    await buildUser(store, { email: "drafter@pemkot.test", isAdmin: true });
    drafter = await api.signIn("drafter@pemkot.test");
  });
  afterEach(async () => {
    await api.close();
    await store.cleanup();
  });

  const upload = (bytes: Uint8Array | string, title = "Rancangan Perda Parkir") =>
    drafter.request(
      "POST",
      `/api/documents/import?title=${encodeURIComponent(title)}`,
      Buffer.from(bytes) as unknown as string,
      {
        "content-type": DOCX_MEDIA_TYPE,
      },
    );

  it("starts a structured draft from a typed Word file, and exports it back with the same articles", async () => {
    const res = await upload(await typedDraftDocx(PERDA_PARKIR_LINES));
    expect(res.status).toBe(201);
    const { document, unrecognised } = await res.json();
    expect(document).toMatchObject({
      title: "Rancangan Perda Parkir",
      form: "regulation",
      role: "owner",
    });
    expect(Array.isArray(unrecognised)).toBe(true);

    const exported = await drafter.request("GET", `/api/documents/${document.id}/export.docx`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toContain(DOCX_MEDIA_TYPE);
    expect(exported.headers.get("content-disposition")).toMatch(
      /attachment; .*filename\*=UTF-8''Rancangan%20Perda%20Parkir\.docx/,
    );
    const original = await importRegulationDocx(await typedDraftDocx(PERDA_PARKIR_LINES));
    const roundTrip = await importRegulationDocx(new Uint8Array(await exported.arrayBuffer()));
    expect(markersOf(roundTrip.doc, "article")).toEqual(markersOf(original.doc, "article"));
  });

  it("shows the draft as a print page with computed numbers and typed text escaped", async () => {
    const res = await upload(await typedDraftDocx(PERDA_PARKIR_LINES));
    const { document } = await res.json();
    const page = await drafter.request("GET", `/api/documents/${document.id}/print`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("BAB I");
    expect(html).toContain("Pasal 1");
    expect(html).toContain("Menimbang");
    expect(html).not.toMatch(/<script/i);
  });

  it("refuses a file that is not Word and stores nothing", async () => {
    const res = await upload("this is not a word file");
    expect(res.status).toBe(415);
    expect((await res.json()).error.id).toBe("not_docx");
    expect(await store.documents.list()).toHaveLength(0);
    const untitled = await upload(await typedDraftDocx(PERDA_PARKIR_LINES), "");
    expect((await untitled.json()).error.field).toBe("title");
    expect(await store.documents.list()).toHaveLength(0);
  });
});
