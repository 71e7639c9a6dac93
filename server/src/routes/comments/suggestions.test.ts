import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { schemaForForm } from "../../../../shared/editor/freeSchema.ts";
import { SuggestionConflictSchema } from "../../../../shared/schemas/index.ts";
import { buildCommentScene } from "../../test/commentScene.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

/** The stored draft's plain text, blocks joined by "\n". */
async function draftText(scene: Scene): Promise<string> {
  const doc = new Y.Doc();
  for (const u of await scene.store.updates.load(scene.documentId)) Y.applyUpdate(doc, u);
  const pm = yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment("default"),
    schemaForForm("free"),
  );
  return pm.textBetween(0, pm.content.size, "\n");
}

describe("suggested changes", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  const suggest = (quote: string, proposedText: string, caller = scene.as.reviewer) =>
    scene.commented(caller, quote, "Usul perubahan.", { kind: "suggestion", proposedText });
  const decide = (
    id: string,
    action: "accept" | "decline",
    caller: keyof Scene["as"],
    body?: unknown,
  ) => scene.as[caller].request("POST", `${scene.base}/comments/${id}/${action}`, body);

  it("is accepted by a drafter into the live draft, and then answered as accepted", async () => {
    const suggestion = await suggest("1 x 24 jam", "2 x 24 jam");
    expect(suggestion).toMatchObject({
      kind: "suggestion",
      proposedText: "2 x 24 jam",
      suggestion: null,
    });

    for (const caller of ["reviewer", "observer", "admin"] as const) {
      expect((await decide(suggestion.id, "accept", caller)).status, caller).toBe(403);
    }
    const res = await decide(suggestion.id, "accept", "drafter");
    expect(res.status).toBe(200);
    const thread = await res.json();
    expect(thread.suggestion).toMatchObject({
      state: "accepted",
      by: { id: scene.people.drafter.id, name: "Dewi" },
      reason: "",
    });
    expect(thread.answer).toMatchObject({ disposition: "accepted", explanation: "" });
    expect(await draftText(scene)).toContain("paling lambat 2 x 24 jam.");

    const again = await decide(suggestion.id, "accept", "owner");
    expect(again.status).toBe(409);
    expect((await again.json()).error.id).toBe("suggestion_decided");
    const edit = await scene.as.reviewer.request(
      "PATCH",
      `${scene.base}/comments/${suggestion.id}`,
      {
        body: "Usul lain.",
        proposedText: "3 x 24 jam",
      },
    );
    expect(edit.status).toBe(409);
    expect((await edit.json()).error.id).toBe("suggestion_decided");
  });

  it("keeps an existing answer when accepted", async () => {
    const suggestion = await suggest("Wali Kota", "Bupati");
    await scene.as.drafter.request("PUT", `${scene.base}/comments/${suggestion.id}/answer`, {
      disposition: "partly_accepted",
      explanation: "Sebagian.",
    });
    const thread = await (await decide(suggestion.id, "accept", "owner")).json();
    expect(thread.answer).toMatchObject({
      disposition: "partly_accepted",
      explanation: "Sebagian.",
    });
  });

  it("refuses to overwrite a passage that changed since, showing both sides", async () => {
    const first = await suggest("seragam dan tanda pengenal", "rompi");
    const second = await suggest(
      "seragam dan tanda pengenal",
      "seragam resmi",
      scene.as.otherReviewer,
    );
    expect((await decide(first.id, "accept", "drafter")).status).toBe(200);
    const res = await decide(second.id, "accept", "drafter");
    expect(res.status).toBe(409);
    const conflict = SuggestionConflictSchema.parse(await res.json());
    expect(conflict).toMatchObject({
      current: "rompi",
      quote: "seragam dan tanda pengenal",
      proposedText: "seragam resmi",
    });
    expect((await scene.store.comments.find(scene.documentId, second.id))?.suggestionState).toBe(
      "open",
    );
  });

  it("is declined with a reason by someone who answers, leaving the draft as it was", async () => {
    const suggestion = await suggest("Wali Kota", "Bupati");
    const before = await draftText(scene);
    expect((await decide(suggestion.id, "decline", "reviewer", { reason: "Tidak." })).status).toBe(
      403,
    );
    const unexplained = await decide(suggestion.id, "decline", "drafter", { reason: " " });
    expect(unexplained.status).toBe(400);
    expect((await unexplained.json()).error.field).toBe("reason");
    const res = await decide(suggestion.id, "decline", "drafter", {
      reason: "Kewenangan ada pada Wali Kota.",
    });
    expect(res.status).toBe(200);
    const thread = await res.json();
    expect(thread.suggestion).toMatchObject({
      state: "declined",
      reason: "Kewenangan ada pada Wali Kota.",
    });
    expect(thread.answer).toMatchObject({
      disposition: "not_accepted",
      explanation: "Kewenangan ada pada Wali Kota.",
    });
    expect(await draftText(scene)).toBe(before);
    const accept = await decide(suggestion.id, "accept", "drafter");
    expect((await accept.json()).error.id).toBe("suggestion_decided");
  });

  it("only applies to suggestions", async () => {
    const plain = await scene.commented(scene.as.reviewer, "Wali Kota");
    const res = await decide(plain.id, "accept", "drafter");
    expect(res.status).toBe(409);
    expect((await res.json()).error.id).toBe("not_a_suggestion");
  });
});
