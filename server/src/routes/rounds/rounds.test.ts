import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  OpenRoundListSchema,
  RoundCommentCreatedSchema,
  RoundCommentListSchema,
  RoundViewSchema,
} from "../../../../shared/schemas/index.ts";
import { DRAFT_PARAGRAPHS } from "../../test/commentScene.ts";
import { pdfBytes } from "../../test/pdf.ts";
import { buildRoundScene, HOUR } from "../../test/roundScene.ts";
import { positionOf } from "../../test/anchors.ts";

type Scene = Awaited<ReturnType<typeof buildRoundScene>>;

describe("a consultation round, from opening to conclusion", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildRoundScene();
  });
  afterEach(() => scene.close());

  const roundView = async (number: number) =>
    RoundViewSchema.parse(await scene.readRound(scene.as.owner, number));

  it("freezes the live draft, takes comments while open, closes by itself, and concludes once every comment is answered", async () => {
    const opened = await scene.openRound({ timeZone: "Asia/Makassar" });
    expect(opened).toMatchObject({
      number: 1,
      state: "open",
      timeZone: "Asia/Makassar",
      audience: "open",
      closedAt: null,
      version: {
        number: 1,
        title: "Rancangan Perda Parkir — konsultasi",
        author: { name: "Budi" },
      },
      counts: { comments: 0, answered: 0, unanswered: 0, hidden: 0 },
    });

    // A member of a verified NGO without any role on the draft finds the round and reads version 1 …
    const open = OpenRoundListSchema.parse(
      await (await scene.as.participant.request("GET", "/api/rounds/open")).json(),
    );
    expect(open.rounds.map((r) => [r.documentTitle, r.number, r.myAccess.canComment])).toEqual([
      ["Rancangan Perda Parkir", 1, true],
    ]);
    const detail = await scene.readRound(scene.as.participant, 1);
    expect(detail.content.text).toBe(DRAFT_PARAGRAPHS.join("\n"));
    // … but never the live draft.
    for (const path of [scene.base, `${scene.base}/comments`, `${scene.base}/events`]) {
      const res = await scene.as.participant.request("GET", path);
      await res.body?.cancel();
      expect(res.status).toBe(404);
    }

    const created = await scene.commentOnVersion(scene.as.participant, 1, "Retribusi parkir");
    expect(created.status).toBe(201);
    const comment = RoundCommentCreatedSchema.parse(await created.json());
    expect(comment).toMatchObject({
      context: { kind: "version", versionId: opened.version.id },
      quote: "Retribusi parkir",
      onDraft: true,
      author: { name: "Wulan", organisation: { id: "forum" } },
    });
    const plain = detail.content.text;
    expect(plain.slice(comment.offsets?.from, comment.offsets?.to)).toBe("Retribusi parkir");
    const reply = await scene.as.participant.request(
      "POST",
      `${scene.base}/comments/${comment.id}/replies`,
      { body: "Tambahan: perlu zona." },
    );
    expect(reply.status).toBe(201);

    // closesAt passes: the scheduler closes the round, on its own, at closesAt.
    await scene.advance(2 * HOUR + 1000);
    const closed = await roundView(1);
    expect(closed).toMatchObject({
      state: "closed",
      closedAt: opened.closesAt,
      closedBy: null,
      counts: { comments: 1, answered: 0, unanswered: 1 },
    });
    expect(scene.seals).toContainEqual({ documentId: scene.documentId, round: 1, stage: "closed" });

    // Nobody comments, replies, rewords or suggests any more …
    const late = await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir");
    expect(late.status).toBe(409);
    expect((await late.json()).error.id).toBe("round_closed");
    const refusals = [
      scene.as.participant.request("POST", `${scene.base}/comments/${comment.id}/replies`, {
        body: "Terlambat.",
      }),
      scene.as.participant.request("PATCH", `${scene.base}/comments/${comment.id}`, {
        body: "Diubah setelah tutup.",
      }),
    ];
    for (const res of await Promise.all(refusals)) {
      expect(res.status).toBe(409);
      expect((await res.json()).error.id).toBe("round_closed");
    }

    // … the round cannot be concluded while a comment is unanswered …
    const early = await scene.as.drafter.request("POST", `${scene.rounds}/1/conclusion`, {
      conclusion: "Selesai.",
    });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({
      error: { id: "unanswered_comments" },
      unanswered: 1,
    });

    // … drafters still answer (and the closed round's record is sealed again) …
    const answer = await scene.as.drafter.request(
      "PUT",
      `${scene.base}/comments/${comment.id}/answer`,
      {
        disposition: "partly_accepted",
        explanation: "Zona akan diatur dalam Perwali.",
      },
    );
    expect(answer.status).toBe(200);
    expect(scene.seals.at(-1)).toEqual({
      documentId: scene.documentId,
      round: 1,
      stage: "answered",
    });

    const concluded = await scene.as.drafter.request("POST", `${scene.rounds}/1/conclusion`, {
      conclusion: "Tarif kini per zona; retribusi disetor harian.",
    });
    expect(concluded.status).toBe(200);
    expect(RoundViewSchema.parse(await concluded.json())).toMatchObject({
      state: "concluded",
      conclusion: "Tarif kini per zona; retribusi disetor harian.",
      concludedBy: { name: "Dewi" },
      counts: { comments: 1, answered: 1, unanswered: 0 },
    });
    expect(scene.seals.at(-1)?.stage).toBe("concluded");

    // After the conclusion the answers are final.
    const reworded = await scene.as.drafter.request(
      "PUT",
      `${scene.base}/comments/${comment.id}/answer`,
      {
        disposition: "accepted",
        explanation: "",
      },
    );
    expect(reworded.status).toBe(409);
    expect((await reworded.json()).error.id).toBe("round_concluded");

    // The next round can open now, on version 2.
    expect((await scene.openRound()).number).toBe(2);
  });

  it("refuses to open a round while the previous one is not concluded", async () => {
    await scene.openRound();
    const res = await scene.as.owner.request("POST", scene.rounds, {
      title: "Lagi",
      summary: "Lagi.",
      closesAt: scene.clock.isoIn(HOUR),
      audience: "open",
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.id).toBe("previous_round_open");
  });

  it("validates the window, the time zone and the invitations", async () => {
    const open = (body: Record<string, unknown>) =>
      scene.as.owner.request("POST", scene.rounds, {
        title: "Konsultasi",
        summary: "Ringkasan.",
        closesAt: scene.clock.isoIn(HOUR),
        audience: "open",
        ...body,
      });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ closesAt: scene.clock.isoIn(-HOUR) }, "invalid_request", "closesAt"],
      [{ opensAt: scene.clock.isoIn(2 * HOUR) }, "invalid_request", "closesAt"],
      [{ timeZone: "Asia/Atlantis" }, "invalid_request", "timeZone"],
      [{ audience: "invited" }, "invalid_request", "organisationIds"],
      [
        { audience: "invited", organisationIds: ["belum"] },
        "organisation_not_verified",
        "organisationIds",
      ],
    ];
    for (const [body, id, field] of cases) {
      const res = await open(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).error, JSON.stringify(body)).toMatchObject({ id, field });
    }
  });

  it("lets a drafter close a round early with a reason, and no-one comment after", async () => {
    await scene.openRound();
    const res = await scene.as.drafter.request("POST", `${scene.rounds}/1/close`, {
      reason: "Perubahan mendesak dari DPRD.",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      state: "closed",
      closedAt: scene.clock.now().toISOString(),
      closedBy: { id: scene.people.drafter.id, name: "Dewi" },
      closeReason: "Perubahan mendesak dari DPRD.",
    });
    const late = await scene.commentOnVersion(scene.as.reviewer, 1, "Juru parkir");
    expect((await late.json()).error.id).toBe("round_closed");
    const again = await scene.as.owner.request("POST", `${scene.rounds}/1/close`, { reason: "x" });
    expect(again.status).toBe(409);
    // Reaching closesAt later does not rewrite who closed it.
    await scene.advance(3 * HOUR);
    expect((await roundView(1)).closedBy?.name).toBe("Dewi");
  });

  it("shows a scheduled round to drafters only, and opens it by the clock", async () => {
    await scene.openRound({
      opensAt: scene.clock.isoIn(HOUR),
      closesAt: scene.clock.isoIn(3 * HOUR),
    });
    expect((await roundView(1)).state).toBe("scheduled");
    const hidden = await scene.as.participant.request("GET", `${scene.rounds}/1`);
    expect(hidden.status).toBe(404);
    const early = await scene.commentOnVersion(scene.as.reviewer, 1, "Juru parkir");
    expect((await early.json()).error.id).toBe("round_not_open");
    await scene.advance(HOUR);
    expect((await roundView(1)).state).toBe("open");
    expect((await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir")).status).toBe(201);
  });

  it("maps a version comment onto the live draft, unless the live text changed since", async () => {
    await scene.openRound();
    const live = scene.api.liveDrafts;
    // A drafter rewrites a passage of the live draft after version 1 was frozen.
    await live.edit({
      documentId: scene.documentId,
      form: "free",
      origin: { kind: "server", userId: scene.people.drafter.id },
      edit: (tr) => {
        const from = positionOf(tr.doc, "kas daerah");
        tr.replaceWith(
          from,
          from + "kas daerah".length,
          tr.doc.type.schema.text("rekening kas umum"),
        );
      },
    });
    const unchanged = RoundCommentCreatedSchema.parse(
      await (await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir")).json(),
    );
    const changed = RoundCommentCreatedSchema.parse(
      await (await scene.commentOnVersion(scene.as.participant, 1, "kas daerah")).json(),
    );
    expect(unchanged.onDraft).toBe(true);
    expect(changed.onDraft).toBe(false);
    // Stored anyway, exact on its version.
    expect(changed.quote).toBe("kas daerah");

    const passages = await live.passages(scene.documentId, "free");
    expect(passages.get(unchanged.id)?.quote).toBe("Juru parkir");
    expect(passages.has(changed.id)).toBe(false);

    const asDrafter = RoundCommentListSchema.parse(
      await (await scene.as.drafter.request("GET", `${scene.rounds}/1/comments`)).json(),
    );
    expect(asDrafter.threads.map((t) => t.id)).toEqual([unchanged.id, changed.id]);
    expect(asDrafter.notOnDraft).toEqual([changed.id]);
    const asParticipant = RoundCommentListSchema.parse(
      await (await scene.as.participant.request("GET", `${scene.rounds}/1/comments`)).json(),
    );
    expect(asParticipant.notOnDraft).toEqual([]);

    // The live list can be narrowed to one context.
    const onlyRound = await (
      await scene.as.drafter.request("GET", `${scene.base}/comments?context=round:1`)
    ).json();
    expect(onlyRound.threads).toHaveLength(2);
    const onlyDraft = await (
      await scene.as.drafter.request("GET", `${scene.base}/comments?context=draft`)
    ).json();
    expect(onlyDraft.threads).toHaveLength(0);
  });

  it("refuses a quote that the version does not have there, and positions outside it", async () => {
    await scene.openRound();
    const wrong = await scene.commentOnVersion(scene.as.reviewer, 1, "Juru parkir", {
      anchor: { from: 2, to: 8, quote: "Juru parkir" },
    });
    expect(wrong.status).toBe(409);
    expect((await wrong.json()).error.id).toBe("passage_changed");
    const outside = await scene.commentOnVersion(scene.as.reviewer, 1, "Juru parkir", {
      anchor: { from: 5, to: 100_000, quote: "x" },
    });
    expect(outside.status).toBe(400);
    expect((await outside.json()).error.id).toBe("anchor_invalid");
  });

  it("accepts a version's suggestion into the live draft, and takes attachments only while open", async () => {
    await scene.openRound();
    const suggestion = RoundCommentCreatedSchema.parse(
      await (
        await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir", {
          kind: "suggestion",
          proposedText: "Petugas parkir",
        })
      ).json(),
    );
    const accepted = await scene.as.drafter.request(
      "POST",
      `${scene.base}/comments/${suggestion.id}/accept`,
    );
    expect(accepted.status).toBe(200);
    const live = await scene.api.liveDrafts.snapshot(scene.documentId, "free");
    expect(live.text).toContain("Petugas parkir wajib memakai seragam");
    // The version still reads as frozen.
    expect((await scene.readRound(scene.as.participant, 1)).content.text).toContain(
      "Juru parkir wajib",
    );

    const attach = () =>
      scene.as.participant.request(
        "POST",
        `${scene.base}/comments/${suggestion.id}/attachments?name=kajian.pdf`,
        pdfBytes(),
        { "content-type": "application/pdf" },
      );
    expect((await attach()).status).toBe(201);
    await scene.advance(2 * HOUR);
    const late = await attach();
    expect(late.status).toBe(409);
    expect((await late.json()).error.id).toBe("round_closed");
  });
});
