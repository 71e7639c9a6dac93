import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importRegulationDocx } from "../../regulation/docxImporter.ts";
import { buildRoundScene, HOUR } from "../../test/roundScene.ts";
import { DOCX_MEDIA_TYPE } from "../documents/wordResponses.ts";

type Scene = Awaited<ReturnType<typeof buildRoundScene>>;

const FIRST = "Tarif parkir ditetapkan oleh Wali Kota setiap tahun.";
const LATER = "Tarif parkir ditetapkan oleh DPRD setiap lima tahun.";

/** The text of every text block of a ProseMirror JSON document, in order. */
function blockTexts(json: JSONContent): string[] {
  if (json.type === "text") return [json.text ?? ""];
  const children = (json.content ?? []).flatMap(blockTexts);
  return json.content?.every((child) => child.type === "text") ? [children.join("")] : children;
}

/** The range of the text block that starts with `text`. */
function blockWith(doc: ProseMirrorNode, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | undefined;
  doc.descendants((node, pos) => {
    if (!found && node.isTextblock && node.textContent.startsWith(text)) {
      found = { from: pos + 1, to: pos + node.nodeSize - 1 };
    }
    return !found;
  });
  if (!found) throw new Error(`no block starts with "${text}"`);
  return found;
}

describe("exporting a frozen version of a structured regulation", () => {
  let scene: Scene;
  let base: string;
  let documentId: string;
  beforeEach(async () => {
    scene = await buildRoundScene();
    const created = await scene.as.owner.request("POST", "/api/documents", {
      title: "Rancangan Perda Parkir",
      template: "perda",
    });
    documentId = (await created.json()).id;
    base = `/api/documents/${documentId}`;
    await rewordFirstArticle("Dalam", FIRST);
    const opened = await scene.as.owner.request("POST", `${base}/rounds`, {
      title: "Konsultasi Perda Parkir",
      summary: "Tarif parkir.",
      closesAt: scene.clock.isoIn(2 * HOUR),
      audience: "open",
    });
    expect(opened.status).toBe(201);
    // The drafters keep working: the live draft no longer reads as version 1.
    await rewordFirstArticle(FIRST, LATER);
  });
  afterEach(() => scene.close());

  /** Replaces the text block of the live draft that starts with `start` by `text`. */
  function rewordFirstArticle(start: string, text: string) {
    return scene.api.liveDrafts.edit({
      documentId,
      form: "regulation",
      origin: { kind: "server", userId: scene.people.owner.id },
      edit: (tr: Transform) => {
        const { from, to } = blockWith(tr.doc, start);
        tr.replaceWith(from, to, tr.doc.type.schema.text(text));
      },
    });
  }

  it("downloads version 1 as Word with version 1's text, not the live draft's", async () => {
    const res = await scene.as.owner.request("GET", `${base}/versions/1/export.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(DOCX_MEDIA_TYPE);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="rancangan-versi-1\.docx"; filename\*=UTF-8''Konsultasi%20Perda%20Parkir-versi-1\.docx/,
    );
    const imported = await importRegulationDocx(new Uint8Array(await res.arrayBuffer()));
    const texts = blockTexts(imported.doc);
    expect(texts).toContain(FIRST);
    expect(texts.join("\n")).not.toContain(LATER);
    // The live export, for comparison, has moved on.
    const live = await scene.as.owner.request("GET", `${base}/export.docx`);
    const liveTexts = blockTexts(
      (await importRegulationDocx(new Uint8Array(await live.arrayBuffer()))).doc,
    );
    expect(liveTexts).toContain(LATER);
  });

  it("prints version 1 under a heading naming it, with its text and not the live draft's", async () => {
    const res = await scene.as.owner.request("GET", `${base}/versions/1/print`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    const heading = html.match(/<header class="version-heading">(.*?)<\/header>/)?.[1] ?? "";
    expect(heading).toContain("Versi 1");
    expect(heading).toContain("Konsultasi Perda Parkir");
    expect(heading).toMatch(/Dibekukan pada \d{1,2} \p{L}+ \d{4}/u);
    expect(html).toContain(FIRST);
    expect(html).not.toContain(LATER);
    expect(html).toContain("Pasal 1");
  });

  it("lets a participant without a document role download the version; a stranger gets 404", async () => {
    const docx = await scene.as.participant.request("GET", `${base}/versions/1/export.docx`);
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const page = await scene.as.participant.request("GET", `${base}/versions/1/print`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(FIRST);
    // The live draft stays the drafters' working text.
    expect([403, 404]).toContain(
      (await scene.as.participant.request("GET", `${base}/export.docx`)).status,
    );

    for (const path of ["export.docx", "print"]) {
      const refused = await scene.as.unverified.request("GET", `${base}/versions/1/${path}`);
      expect(refused.status).toBe(404);
      expect((await refused.json()).error.id).toBe("document_not_found");
      const missing = await scene.as.participant.request("GET", `${base}/versions/2/${path}`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.id).toBe("version_not_found");
    }
  });
});

describe("exporting a frozen version of a free draft", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildRoundScene();
  });
  afterEach(() => scene.close());

  it("answers 409 not_structured: only regulations have the Word layout and print page", async () => {
    await scene.openRound();
    for (const path of ["export.docx", "print"]) {
      const res = await scene.as.participant.request("GET", `${scene.base}/versions/1/${path}`);
      expect(res.status).toBe(409);
      expect((await res.json()).error.id).toBe("not_structured");
    }
  });
});
