import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildUser } from "../test/factories.ts";
import type { ApiCaller } from "../test/httpClient.ts";
import { buildRoundScene } from "../test/roundScene.ts";

type Scene = Awaited<ReturnType<typeof buildRoundScene>>;

describe("who takes part in a consultation round", () => {
  let scene: Scene;
  /** A member of the verified NGO "lsm" without any role on the draft. */
  let lsmMember: ApiCaller;
  beforeEach(async () => {
    scene = await buildRoundScene();
    await buildUser(scene.store, { email: "lsm2@x.test", organisationId: "lsm" });
    lsmMember = await scene.api.signIn("lsm2@x.test");
  });
  afterEach(() => scene.close());

  /** What each person gets: reading the round, commenting on it, and finding it among open rounds. */
  async function outcomes(people: Record<string, ApiCaller>) {
    const result: Record<string, [number, number, boolean]> = {};
    for (const [name, caller] of Object.entries(people)) {
      const read = await caller.request("GET", `${scene.rounds}/1`);
      await read.body?.cancel();
      const comment = await scene.commentOnVersion(caller, 1, "Juru parkir");
      await comment.body?.cancel();
      const open = await (await caller.request("GET", "/api/rounds/open")).json();
      result[name] = [read.status, comment.status, open.rounds.length === 1];
    }
    return result;
  }

  it("by invitation: the document's commenters and members of the invited organisations", async () => {
    await scene.openRound({ audience: "invited", organisationIds: ["forum"] });
    const { as } = scene;
    expect(
      await outcomes({
        reviewer: as.reviewer,
        drafter: as.drafter,
        observer: as.observer,
        invited: as.participant,
        notInvited: lsmMember,
        unverified: as.unverified,
        admin: as.admin,
      }),
    ).toEqual({
      reviewer: [200, 201, true],
      drafter: [200, 201, true],
      observer: [200, 403, false],
      invited: [200, 201, true],
      notInvited: [404, 404, false],
      unverified: [404, 404, false],
      admin: [200, 403, false],
    });
  });

  it("open to all: members of any verified organisation, never of an unverified one", async () => {
    await scene.openRound();
    expect(
      await outcomes({
        forum: scene.as.participant,
        lsm: lsmMember,
        unverified: scene.as.unverified,
      }),
    ).toEqual({ forum: [200, 201, true], lsm: [200, 201, true], unverified: [404, 404, false] });
  });

  it("gives participants the round's version, never the live draft nor its tools", async () => {
    await scene.openRound();
    const p = scene.as.participant;
    const versions = await (await p.request("GET", `${scene.base}/versions`)).json();
    expect(versions.versions.map((v: { number: number }) => v.number)).toEqual([1]);
    expect((await p.request("GET", `${scene.base}/versions/1`)).status).toBe(200);
    expect((await p.request("GET", `${scene.base}/diff?from=1&to=1`)).status).toBe(200);
    expect((await p.request("GET", `${scene.base}/diff?from=1&to=live`)).status).toBe(403);
    expect((await p.request("POST", `${scene.base}/versions/1/restore`)).status).toBe(404);
    expect((await p.request("POST", `${scene.rounds}/1/close`, { reason: "x" })).status).toBe(403);
    const unrelated = await lsmMember.request("GET", `${scene.base}/versions`);
    expect(unrelated.status).toBe(200);
    expect((await scene.as.unverified.request("GET", `${scene.base}/versions`)).status).toBe(404);
  });
});
