import http from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PERDA_PARKIR_LINES } from "../../regulation/test/perdaParkirDraft.ts";
import { typedDraftDocx } from "../../regulation/test/typedDraft.ts";
import { zipBombDocx } from "../../regulation/test/zipArchive.ts";
import { buildStore, buildUser } from "../../test/factories.ts";
import { startApi } from "../../test/httpClient.ts";
import { DOCX_MEDIA_TYPE } from "./word.ts";

const MIB = 1024 * 1024;
const PASSWORD = "kata-sandi-yang-panjang";

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { error?: { id: string } };
}

/**
 * An import whose upload stops halfway, as a slow connection's would: the server has the
 * request but not yet the whole file. `finish` sends the rest.
 */
function halfwayImport(base: string, cookie: string, bytes: Uint8Array) {
  const request = http.request(`${base}/api/documents/import?title=Rancangan`, {
    method: "POST",
    headers: { cookie, "content-type": DOCX_MEDIA_TYPE, "content-length": bytes.length },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.on("error", reject);
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: response.headers["retry-after"],
          body: JSON.parse(text),
        }),
      );
    });
  });
  const half = Math.floor(bytes.length / 2);
  request.write(bytes.subarray(0, half));
  return {
    answer,
    finish() {
      request.end(bytes.subarray(half));
      return answer;
    },
  };
}

/** The first of these uploads the server answers, and the others. */
async function firstAnswered(uploads: ReturnType<typeof halfwayImport>[]) {
  const index = await Promise.race(uploads.map((upload, at) => upload.answer.then(() => at)));
  const [first] = uploads.splice(index, 1);
  return { refused: await (first as (typeof uploads)[number]).answer, others: uploads };
}

describe("Word import limits", { timeout: 30_000 }, () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeEach(async () => {
    store = await buildStore();
    api = await startApi(store);
  });
  afterEach(async () => {
    await api.close();
    await store.cleanup();
  });

  /** Signs in a new administrator (who may start drafts) and returns the session cookie. */
  async function drafterCookie(email: string): Promise<string> {
    await buildUser(store, { email, isAdmin: true });
    const res = await fetch(`${api.base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    return (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  }

  const upload = (cookie: string, bytes: Uint8Array) =>
    fetch(`${api.base}/api/documents/import?title=Rancangan`, {
      method: "POST",
      headers: { cookie, "content-type": DOCX_MEDIA_TYPE },
      body: Buffer.from(bytes),
    });

  it("answers zip bombs with a 4xx at once, in bounded memory, while /api/health keeps answering", async () => {
    const cookie = await drafterCookie("drafter@pemkot.test");
    // Built before the watch starts: the test shares its process (and event loop) with the server.
    const honestBomb = zipBombDocx(1024);
    const lyingBomb = zipBombDocx(1024, 15 * MIB);
    let slowestHealthMs = 0;
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const started = performance.now();
        expect((await fetch(`${api.base}/api/health`)).status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
      }
    })();
    const peakBefore = process.resourceUsage().maxRSS / 1024;
    const honest = await upload(cookie, honestBomb);
    expect(honest.status).toBe(413);
    expect((await honest.json()).error.id).toBe("docx_too_large");
    const lying = await upload(cookie, lyingBomb);
    expect(lying.status).toBe(422);
    expect((await lying.json()).error.id).toBe("unreadable_docx");
    polling = false;
    await poller;
    expect(process.resourceUsage().maxRSS / 1024 - peakBefore).toBeLessThan(300);
    expect(slowestHealthMs).toBeLessThan(1_000);
    expect(await store.documents.list()).toHaveLength(0);
  });

  it("unpacks a gzip-encoded upload only up to the upload limit", async () => {
    const cookie = await drafterCookie("drafter@pemkot.test");
    const gzipBomb = gzipSync(Buffer.alloc(64 * MIB, 0x20));
    const peakBefore = process.resourceUsage().maxRSS / 1024;
    const res = await fetch(`${api.base}/api/documents/import?title=Rancangan`, {
      method: "POST",
      headers: { cookie, "content-type": DOCX_MEDIA_TYPE, "content-encoding": "gzip" },
      body: gzipBomb,
    });
    expect([res.status, (await res.json()).error.id]).toEqual([413, "payload_too_large"]);
    expect(process.resourceUsage().maxRSS / 1024 - peakBefore).toBeLessThan(100);
  });

  it("refuses a second import from the same account while the first runs, then takes the next", async () => {
    const cookie = await drafterCookie("drafter@pemkot.test");
    const docx = await typedDraftDocx(PERDA_PARKIR_LINES);
    const { refused, others } = await firstAnswered([
      halfwayImport(api.base, cookie, docx),
      halfwayImport(api.base, cookie, docx),
    ]);
    expect(refused.status).toBe(429);
    expect(refused.body.error?.id).toBe("import_in_progress");
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await (others[0] as (typeof others)[number]).finish()).status).toBe(201);
    expect((await upload(cookie, docx)).status).toBe(201);
    expect(await store.documents.list()).toHaveLength(2);
  });

  it("refuses imports beyond the server's import workers with 503 and Retry-After", async () => {
    const docx = await typedDraftDocx(PERDA_PARKIR_LINES);
    const cookies = await Promise.all(
      ["a", "b", "c"].map((name) => drafterCookie(`${name}@pemkot.test`)),
    );
    const { refused, others } = await firstAnswered(
      cookies.map((cookie) => halfwayImport(api.base, cookie, docx)),
    );
    expect(refused.status).toBe(503);
    expect(refused.body.error?.id).toBe("import_busy");
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    const finished = await Promise.all(others.map((upload) => upload.finish()));
    expect(finished.map((answer) => answer.status)).toEqual([201, 201]);
  });
});
