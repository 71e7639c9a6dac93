import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { schemaForForm } from "../../../../shared/editor/freeSchema.ts";
import { REGULATION_NODE as N } from "../../../../shared/editor/nodeNames.ts";
import { newUnitId } from "../../../../shared/editor/unitId.ts";
import {
  RoundCommentCreatedSchema,
  RoundCommentListSchema,
  type RoundDetail,
  VersionDiffSchema,
} from "../../../../shared/schemas/index.ts";
import { buildRoundScene, HOUR } from "../../test/roundScene.ts";
import { positionOf } from "../../test/anchors.ts";

type Scene = Awaited<ReturnType<typeof buildRoundScene>>;

const AYAT = [
  "Tarif parkir di tepi jalan umum ditetapkan oleh Wali Kota.",
  "Retribusi parkir disetor ke kas daerah paling lambat 1 x 24 jam.",
];

/** The start of the Pasal holding `text`. */
function articleStart(doc: ProseMirrorNode, text: string): number {
  const $pos = doc.resolve(positionOf(doc, text));
  for (let depth = $pos.depth; depth > 0; depth--) {
    if ($pos.node(depth).type.name === N.article) return $pos.before(depth);
  }
  throw new Error(`"${text}" is not in a Pasal`);
}

describe("a consultation round on a structured regulation (template perda)", () => {
  let scene: Scene;
  let documentId: string;
  let base: string;
  beforeEach(async () => {
    scene = await buildRoundScene();
    const created = await scene.as.owner.request("POST", "/api/documents", {
      title: "Rancangan Perda Parkir (terstruktur)",
      template: "perda",
    });
    expect(created.status).toBe(201);
    documentId = (await created.json()).id;
    base = `/api/documents/${documentId}`;
  });
  afterEach(() => scene.close());

  /** Edits the live draft as its owner, as one forward change. */
  const editLive = (edit: (tr: Transform) => void) =>
    scene.api.liveDrafts.edit({
      documentId,
      form: "regulation",
      origin: { kind: "server", userId: scene.people.owner.id },
      edit,
    });

  /** The paragraphs of `texts`, each as an ayat of a new Pasal's content. */
  const ayatOf = (tr: Transform, texts: string[]) => {
    const { nodes } = tr.doc.type.schema;
    return texts.map((text) =>
      nodes[N.clause]?.create(
        { id: newUnitId() },
        nodes.paragraph?.create(null, tr.doc.type.schema.text(text)),
      ),
    ) as ProseMirrorNode[];
  };

  /**
   * Pasal 1 of BAB I gets two ayat, the draft goes to consultation as version 1, then a new Pasal
   * goes in before it on the live draft: the live Pasal 1 becomes Pasal 2.
   */
  const consultThenInsertBefore = async () => {
    await editLive((tr) => {
      const from = articleStart(tr.doc, "Dalam … ini");
      const article = tr.doc.nodeAt(from);
      if (!article) throw new Error("no Pasal 1");
      tr.replaceWith(from + 1, from + article.nodeSize - 1, ayatOf(tr, AYAT));
    });
    const opened = await scene.as.owner.request("POST", `${base}/rounds`, {
      title: "Konsultasi Perda Parkir",
      summary: "Tarif dan retribusi.",
      closesAt: scene.clock.isoIn(2 * HOUR),
      audience: "open",
    });
    expect(opened.status).toBe(201);
    await editLive((tr) => {
      const { nodes } = tr.doc.type.schema;
      const paragraph = nodes.paragraph?.create(null, tr.doc.type.schema.text("Pasal sisipan."));
      const article = nodes[N.article]?.create({ id: newUnitId() }, paragraph);
      if (!article) throw new Error("no article type");
      tr.insert(articleStart(tr.doc, AYAT[0] ?? ""), article);
    });
  };

  it("locates a comment on a version's ayat, offsets it into the version's text, and marks it on the renumbered live draft", async () => {
    await consultThenInsertBefore();

    const round: RoundDetail = await (
      await scene.as.participant.request("GET", `${base}/rounds/1`)
    ).json();
    const version = schemaForForm("regulation").nodeFromJSON(round.content.content as JSONContent);
    const from = positionOf(version, "kas daerah");
    const res = await scene.as.participant.request("POST", `${base}/rounds/1/comments`, {
      body: "Setor harian memberatkan juru parkir kecil.",
      anchor: { from, to: from + "kas daerah".length, quote: "kas daerah" },
    });
    expect(res.status).toBe(201);
    const comment = RoundCommentCreatedSchema.parse(await res.json());
    expect(comment).toMatchObject({
      quote: "kas daerah",
      locator: "BAB I, Pasal 1 ayat (2)",
      onDraft: true,
    });
    const { text } = round.content;
    expect(text.slice(comment.offsets?.from, comment.offsets?.to)).toBe("kas daerah");
    expect(text).toContain(AYAT[1]);

    // On the live draft the same comment marks the same words, where they are numbered now.
    const live = await scene.api.liveDrafts.passages(documentId, "regulation");
    expect(live.get(comment.id)).toMatchObject({
      quote: "kas daerah",
      locator: "BAB I, Pasal 2 ayat (2)",
    });
    // The round keeps the version's locator: what the participant commented on.
    const listed = RoundCommentListSchema.parse(
      await (await scene.as.owner.request("GET", `${base}/rounds/1/comments`)).json(),
    );
    expect(listed.threads.map((t) => [t.id, t.locator])).toEqual([
      [comment.id, "BAB I, Pasal 1 ayat (2)"],
    ]);
    expect(listed.notOnDraft).toEqual([]);
  });

  it("compares version 1 with the live draft: the inserted Pasal is added, the renumbered one unchanged", async () => {
    await consultThenInsertBefore();

    const res = await scene.as.owner.request("GET", `${base}/diff?from=1&to=live`);
    expect(res.status).toBe(200);
    const diff = VersionDiffSchema.parse(await res.json());
    const added = diff.entries.filter((entry) => entry.status === "added");
    expect(added.map((entry) => entry.labelAfter ?? entry.kind)).toContain("Pasal 1");
    expect(diff.stats).toMatchObject({ moved: 0, removed: 0 });
    const renumbered = diff.entries.find((entry) => entry.labelBefore === "Pasal 1");
    expect(renumbered).toMatchObject({
      status: "unchanged",
      labelAfter: "Pasal 2",
      renumbered: true,
    });
    // The live draft is the drafters' working text: a participant may not compare with it.
    const refused = await scene.as.participant.request("GET", `${base}/diff?from=1&to=live`);
    expect([403, 404]).toContain(refused.status);
  });
});
