import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { RembukCluster, tearDownCluster } from "../utils/cluster.ts";
import { converged, disposeClients, joinDocument } from "../utils/collabClient.ts";
import { commentOn, startFreeDraftAsGovernment } from "../utils/comments.ts";
import { whenStored } from "../utils/durability.ts";
import { disposeEventStreams, EventStreamReader } from "../utils/eventStream.ts";
import { eventually } from "../utils/eventually.ts";
import { freePort } from "../utils/redisServer.ts";
import type { RembukServer } from "../utils/rembukServer.ts";
import { rememberSession, signInAs, TEST_ADMIN } from "../utils/testSessions.ts";

const NGINX = "/usr/sbin/nginx";
const DOCUMENTED_CONFIG = path.resolve(import.meta.dirname, "../../docs/nginx/rembuk.conf");
/** nginx reaches the processes from this address, as if it ran on a machine of its own. */
const NGINX_ADDRESS = "127.0.0.9";
/** Two people on two networks (loopback aliases), reaching nginx from their own addresses. */
const PERSON_ADDRESS = "127.0.0.2";
const NEIGHBOUR_ADDRESS = "127.0.0.3";
const FAILURES_PER_ADDRESS = 3;

/**
 * nginx running docs/nginx/rembuk.conf — the file the documentation gives — in front of the
 * cluster's processes: only the processes' ports and the listening port are filled in. It runs
 * in the foreground with its own prefix, pid file, temporary directories and a free port.
 */
class Nginx {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(servers: RembukServer[]): Promise<Nginx> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "rembuk-nginx-"));
    const port = await freePort();
    await writeFile(
      path.join(dir, "rembuk.conf"),
      documentedConfig(await readFile(DOCUMENTED_CONFIG, "utf8"), servers, port),
    );
    await writeFile(path.join(dir, "nginx.conf"), mainConfig(dir));
    // A configuration nginx refuses fails here, with nginx's own words.
    await checkConfig(dir);
    const child = spawn(NGINX, [...nginxArgs(dir), "-g", "daemon off;"], { stdio: "ignore" });
    running.add(child);
    const nginx = new Nginx(port, dir, child);
    await eventually("nginx answers", async () => (await fetch(`${nginx.url}/api/health`)).ok);
    return nginx;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get collabUrl(): string {
    return `ws://127.0.0.1:${this.port}/collab`;
  }

  /** `nginx -t` on the running configuration: what it prints. */
  check(): Promise<string> {
    return checkConfig(this.dir);
  }

  async stop(): Promise<void> {
    const exited = once(this.child, "exit");
    this.child.kill("SIGTERM");
    await exited;
    running.delete(this.child);
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** nginx's prefix and main configuration: everything of this nginx is in `dir`. */
function nginxArgs(dir: string): string[] {
  return ["-p", dir, "-c", path.join(dir, "nginx.conf")];
}

/** `nginx -t` on the configuration in `dir`: what it prints; rejects with it when the check fails. */
async function checkConfig(dir: string): Promise<string> {
  const { stderr } = await promisify(execFile)(NGINX, ["-t", ...nginxArgs(dir)]);
  return stderr;
}

/** The documented config with the cluster's ports: its upstream addresses in order, and `listen`. */
function documentedConfig(text: string, servers: RembukServer[], port: number): string {
  let filled = replaceEach(text, "listen 80;", `listen 127.0.0.1:${port};`);
  servers.forEach((server, i) => {
    filled = replaceEach(
      filled,
      `server 127.0.0.1:${8081 + i} `,
      `server 127.0.0.1:${server.port} `,
    );
  });
  return filled;
}

function replaceEach(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`docs/nginx/rembuk.conf no longer has "${from}"`);
  return text.replaceAll(from, to);
}

/** What /etc/nginx/nginx.conf holds on a server, with every path in the test's directory. */
function mainConfig(dir: string): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${path.join(dir, kind)};`)
    .join("\n");
  return `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log stderr warn;
events { worker_connections 512; }
http {
  access_log off;
${temp}
  proxy_bind ${NGINX_ADDRESS};
  include ${path.join(dir, "rembuk.conf")};
}
`;
}

const running = new Set<ChildProcess>();
// A crashed test worker must not leave nginx behind (SIGTERM: the master ends its workers).
process.on("exit", () => {
  for (const child of running) child.kill("SIGTERM");
});

/** A sign-in with a wrong password sent from `localAddress`, as that person's browser would: its status. */
function wrongSignIn(
  baseUrl: string,
  localAddress: string,
  headers: Record<string, string> = {},
): Promise<number> {
  const body = JSON.stringify({
    email: `${crypto.randomUUID()}@rembuk.test`,
    password: "bukan-kata-sandi",
  });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseUrl}/api/auth/login`,
      {
        method: "POST",
        localAddress,
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** The processes (indexes) that loaded `documentId`. */
function loadedOn(cluster: RembukCluster, documentId: string): number[] {
  return cluster.servers.flatMap((server, i) =>
    server.logs.some((line) => line.msg === "document loaded" && line.documentId === documentId)
      ? [i]
      : [],
  );
}

describe("three Rembuk processes behind nginx, as docs/nginx/rembuk.conf sets it up", () => {
  let cluster: RembukCluster;
  let nginx: Nginx;
  /** The test administrator's session, made through nginx. */
  let cookie: string;

  beforeAll(async () => {
    cluster = await RembukCluster.start({
      processes: 3,
      settings: { TRUST_PROXY: NGINX_ADDRESS, LOGIN_FAILURES_PER_ADDRESS: FAILURES_PER_ADDRESS },
    });
    nginx = await Nginx.start(cluster.servers);
    cookie = await signInAs(nginx.url, TEST_ADMIN.email, TEST_ADMIN.password);
    rememberSession(new URL(nginx.url).host, cookie);
  });
  afterEach(() => {
    disposeClients();
    disposeEventStreams();
  });
  afterAll(async () => {
    await nginx?.stop();
    await tearDownCluster();
  });

  const send = (method: string, path: string, origin: string, body?: unknown) =>
    fetch(`${nginx.url}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie, origin },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  test("nginx -t accepts the documented configuration", async () => {
    expect(await nginx.check()).toContain("test is successful");
  });

  test("the API answers through nginx, and a change is accepted from nginx's own origin only", async () => {
    const created = await send("POST", "/api/documents", nginx.url, {
      title: "Raperda Pelayanan Publik",
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // Whichever process nginx picks reads what another stored.
    for (let i = 0; i < cluster.servers.length; i++) {
      const read = await send("GET", `/api/documents/${id}`, nginx.url);
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ title: "Raperda Pelayanan Publik" });
    }
    const foreign = await send("POST", "/api/documents", "https://elsewhere.example", {
      title: "Palsu",
    });
    expect(foreign.status).toBe(403);
  });

  test("collaboration sockets upgrade through nginx, and every socket of a document reaches the one process its id hashes to", async () => {
    const documentId = await cluster.at(0).createDocument();
    const typists = await Promise.all(
      ["Ayu", "Budi", "Citra"].map((name) => joinDocument(nginx.collabUrl, documentId, { name })),
    );
    for (const [i, typist] of typists.entries()) typist.text.insert(0, `ketikan ${i + 1}; `);
    const text = await converged(typists);
    expect(text).toContain("ketikan 3");
    const [owner, ...others] = loadedOn(cluster, documentId);
    expect(others).toEqual([]);
    // A browser's socket says where its page came from: nginx must pass the Host it was sent to.
    expect(await upgradeFrom(nginx.url)).toBe("open");
    expect(await upgradeFrom("https://elsewhere.example")).toBe(403);
    // A process that does not own the document (a stale route) still serves it, in step.
    const elsewhere = cluster.servers.findIndex((_, i) => i !== owner);
    const stray = await joinDocument(cluster.at(elsewhere).collabUrl, documentId);
    stray.text.insert(0, "dari proses lain; ");
    expect(await converged([...typists, stray])).toContain("dari proses lain");
  });

  /** Opens a collaboration socket through nginx with a browser's Origin: "open", or the refusal's status. */
  async function upgradeFrom(origin: string): Promise<"open" | number> {
    const documentId = await cluster.at(0).createDocument();
    const socket = new WebSocket(`${nginx.collabUrl}/${documentId}`, {
      headers: { cookie },
      origin,
    });
    try {
      return await new Promise((resolve, reject) => {
        socket.once("open", () => resolve("open"));
        socket.once("unexpected-response", (_request, response) =>
          resolve(response.statusCode ?? 0),
        );
        socket.once("error", reject);
      });
    } finally {
      socket.terminate();
    }
  }

  test("an event stream through nginx passes on a comment made on another process", async () => {
    const { owner, documentId } = await startFreeDraftAsGovernment(cluster.at(0), "Dewi Penyusun");
    const editor = await joinDocument(nginx.collabUrl, documentId, { cookie: owner.cookie });
    editor.addParagraph("Setiap warga berhak mendapatkan pelayanan publik.");
    await whenStored(nginx.collabUrl, documentId, [editor]);
    const stream = await EventStreamReader.open(
      nginx,
      owner.cookie,
      `/api/documents/${documentId}/events`,
    );
    const [owningProcess] = loadedOn(cluster, documentId);
    const other = cluster.servers.findIndex((_, i) => i !== owningProcess);
    const commentId = await commentOn(
      cluster.at(other),
      documentId,
      owner,
      editor,
      "pelayanan publik",
    );
    await stream.waitFor(commentId);
  });

  test("the sign-in lockout per address counts the person's address, which only nginx may tell", async () => {
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) {
      expect(await wrongSignIn(nginx.url, PERSON_ADDRESS)).toBe(401);
    }
    expect(await wrongSignIn(nginx.url, PERSON_ADDRESS)).toBe(429);
    // Naming another address does not lift it, through nginx or straight to a process.
    const forged = { "x-forwarded-for": "203.0.113.7" };
    expect(await wrongSignIn(nginx.url, PERSON_ADDRESS, forged)).toBe(429);
    expect(await wrongSignIn(cluster.at(1).url, PERSON_ADDRESS, forged)).toBe(429);
    // Someone else behind the same nginx is not locked out with them…
    expect(await wrongSignIn(nginx.url, NEIGHBOUR_ADDRESS)).toBe(401);
    // …and a process believes the header from nginx only: claiming the locked address is ignored.
    expect(
      await wrongSignIn(cluster.at(2).url, NEIGHBOUR_ADDRESS, {
        "x-forwarded-for": PERSON_ADDRESS,
      }),
    ).toBe(401);
  });

  test("when the process a document hashes to dies, its clients reconnect through nginx to another and lose nothing", async () => {
    const documentId = await cluster.at(0).createDocument();
    const typists = await Promise.all(
      ["Eka", "Fajar"].map((name) => joinDocument(nginx.collabUrl, documentId, { name })),
    );
    for (const [i, typist] of typists.entries()) typist.text.insert(0, `sebelum ${i + 1}; `);
    const before = await converged(typists);
    const [owner] = loadedOn(cluster, documentId);
    expect(loadedOn(cluster, documentId)).toHaveLength(1);
    await cluster.at(owner ?? -1).kill();

    for (const [i, typist] of typists.entries()) typist.text.insert(0, `sesudah ${i + 1}; `);
    const latecomer = await joinDocument(nginx.collabUrl, documentId, { name: "Gita" });
    const after = await converged([...typists, latecomer]);
    for (const words of before.split("; ").filter(Boolean)) expect(after).toContain(words);
    expect(after).toContain("sesudah 1");
    expect(after).toContain("sesudah 2");
  });
});
