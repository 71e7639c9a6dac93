import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_COMMENT } from "../../../../shared/schemas/index.ts";
import { buildCommentScene } from "../../test/commentScene.ts";
import { pdfBytes } from "../../test/pdf.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

describe("position papers", () => {
  let scene: Scene;
  let commentPath: string;
  beforeEach(async () => {
    scene = await buildCommentScene();
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    commentPath = `${scene.base}/comments/${thread.id}`;
  });
  afterEach(() => scene.close());

  const upload = (
    bytes: Uint8Array,
    name = "kajian.pdf",
    caller: keyof Scene["as"] = "reviewer",
    type = "application/pdf",
  ) =>
    scene.as[caller].request(
      "POST",
      `${commentPath}/attachments?name=${encodeURIComponent(name)}`,
      bytes,
      { "content-type": type },
    );

  it("are attached by the comment's author and downloaded as files that are never rendered inline", async () => {
    const bytes = pdfBytes();
    const res = await upload(bytes, "../../Kajian Akademik (final) <v2>.pdf");
    expect(res.status).toBe(201);
    const attachment = await res.json();
    expect(attachment).toMatchObject({
      name: "Kajian Akademik (final) _v2_.pdf",
      size: bytes.length,
    });

    const { threads } = await (
      await scene.as.observer.request("GET", `${scene.base}/comments`)
    ).json();
    expect(threads[0].attachments).toEqual([attachment]);

    const file = await scene.as.observer.request("GET", attachment.url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toBe(
      "attachment; filename*=UTF-8''Kajian%20Akademik%20%28final%29%20_v2_.pdf",
    );
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("content-security-policy")).toBe("sandbox");
    expect(file.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it("must be a PDF by content, whatever the name or declared type", async () => {
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    for (const res of [
      await upload(html, "kajian.pdf"),
      await upload(pdfBytes().slice(0, 60), "terpotong.pdf"),
      await upload(html, "kajian.pdf", "reviewer", "application/octet-stream"),
    ]) {
      expect(res.status).toBe(415);
      expect((await res.json()).error.id).toBe("not_a_pdf");
    }
    const asText = await upload(pdfBytes(), "kajian.pdf", "reviewer", "text/plain");
    expect(asText.status).toBe(415);
    expect(await scene.store.attachments.listForDocument(scene.documentId)).toEqual([]);
  });

  it("are at most 10 MB and a few per comment", async () => {
    const tooBig = await upload(pdfBytes(ATTACHMENT_MAX_BYTES + 1));
    expect(tooBig.status).toBe(413);
    for (let i = 0; i < ATTACHMENTS_PER_COMMENT; i++) {
      expect((await upload(pdfBytes(), `kajian-${i}.pdf`)).status).toBe(201);
    }
    const oneMore = await upload(pdfBytes());
    expect(oneMore.status).toBe(409);
    expect((await oneMore.json()).error.id).toBe("too_many_attachments");
  });

  it("are added only by the author of a top-level comment", async () => {
    for (const caller of ["otherReviewer", "drafter", "owner"] as const) {
      const res = await upload(pdfBytes(), "kajian.pdf", caller);
      expect(res.status, caller).toBe(403);
      expect((await res.json()).error.id).toBe("not_author");
    }
    const reply = await (
      await scene.as.reviewer.request("POST", `${commentPath}/replies`, { body: "Lampiran:" })
    ).json();
    const onReply = await scene.as.reviewer.request(
      "POST",
      `${scene.base}/comments/${reply.id}/attachments`,
      pdfBytes(),
      { "content-type": "application/pdf" },
    );
    expect(onReply.status).toBe(400);
    expect((await onReply.json()).error.id).toBe("not_top_level");
  });

  it("of a hidden comment download only for administrators", async () => {
    const attachment = await (await upload(pdfBytes())).json();
    await scene.as.admin.request("POST", `${commentPath}/moderation`, {
      reason: "abuse",
      note: "Isi menghina.",
    });
    const forReader = await scene.as.reviewer.request("GET", attachment.url);
    expect(forReader.status).toBe(404);
    expect((await forReader.json()).error.id).toBe("attachment_not_found");
    expect((await scene.as.admin.request("GET", attachment.url)).status).toBe(200);
  });
});
