import path from "node:path";
import { z } from "zod";
import { DEFAULT_LOGIN_LIMITS, type LoginLimitSettings } from "./auth/loginThrottle.ts";
import { DEFAULT_POSTING_LIMITS, type PostingLimitSettings } from "./limits/postingLimits.ts";

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(0, "must be between 0 and 65535")
  .max(65535, "must be between 0 and 65535");
const positiveInt = (fallback: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .positive("must be greater than 0")
    .default(fallback);
const nonNegativeInt = (fallback: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .default(fallback);

/** Environment variables Rembuk reads, with their defaults. Documented in the README. */
const EnvSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  DATA_DIR: z.string().trim().min(1, "must not be empty").default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Largest collaboration message accepted, in bytes (default 4 MiB). */
  MAX_MESSAGE_BYTES: positiveInt(4 * 1024 * 1024),
  /** Messages a connection may have waiting while its document loads. */
  MAX_PENDING_MESSAGES: positiveInt(1000),
  /** Bytes a connection may have waiting while its document loads (default 16 MiB). */
  MAX_PENDING_BYTES: positiveInt(16 * 1024 * 1024),
  /** Bytes queued towards a slow client before it is disconnected to resync (default 32 MiB). */
  MAX_OUTBOUND_BYTES: positiveInt(32 * 1024 * 1024),
  /** Stored updates of one document after which they are compacted into one state. */
  COMPACTION_THRESHOLD: positiveInt(500),
  /** How long an unused document stays in memory after its last connection left. */
  UNLOAD_GRACE_MS: nonNegativeInt(10_000),
  /** Test aid: delay every document load by this much (0 in production). */
  LOAD_DELAY_MS: nonNegativeInt(0),
  /** Collaboration sockets one account may hold open at once (close code 4430 above it). */
  MAX_SOCKETS_PER_ACCOUNT: positiveInt(50),
  /** Event streams (comments, rounds) one account may hold open at once (429 above it). */
  MAX_STREAMS_PER_ACCOUNT: positiveInt(50),
  /** Sign-in attempts checked per e-mail per 15 minutes; more answer 429. */
  LOGIN_ATTEMPTS_PER_EMAIL: positiveInt(DEFAULT_LOGIN_LIMITS.perEmail),
  /** Failed sign-ins per client address per 15 minutes (a whole network may share one). */
  LOGIN_FAILURES_PER_ADDRESS: positiveInt(DEFAULT_LOGIN_LIMITS.perAddress),
  /** Per account: top-level comments per minute (429 with Retry-After above it). */
  COMMENTS_PER_MINUTE: positiveInt(DEFAULT_POSTING_LIMITS.comment.points),
  /** Per account: replies per minute. */
  REPLIES_PER_MINUTE: positiveInt(DEFAULT_POSTING_LIMITS.reply.points),
  /** Per account: comment edits per minute. */
  EDITS_PER_MINUTE: positiveInt(DEFAULT_POSTING_LIMITS.edit.points),
  /** Per account: official answers, suggestion decisions and moderation per minute. */
  ANSWERS_PER_MINUTE: positiveInt(DEFAULT_POSTING_LIMITS.answer.points),
  /** Per account: position-paper uploads per minute. */
  UPLOADS_PER_MINUTE: positiveInt(DEFAULT_POSTING_LIMITS.upload.points),
  /** Per account: profile changes (name, affiliation, interests) per hour. */
  PROFILE_CHANGES_PER_HOUR: positiveInt(DEFAULT_POSTING_LIMITS.profile.points),
  /** With ADMIN_PASSWORD: creates the first administrator on an empty store. */
  ADMIN_EMAIL: z.string().trim().toLowerCase().email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  /** Base URL people reach Rembuk at (for invitation and setup links), e.g. https://rembuk.example.go.id */
  PUBLIC_URL: z.url("must be a URL").optional(),
  /** Extra origins allowed to send changes and open sockets (comma-separated), e.g. a dev server. */
  ALLOWED_ORIGINS: z.string().default(""),
  /** Secure flag of the session cookie: auto (on HTTPS requests), true, false. */
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  /** Express "trust proxy" setting, when behind a reverse proxy that terminates TLS (e.g. 1). */
  TRUST_PROXY: z.string().default("false"),
  /** PostgreSQL instead of the embedded SQLite file, e.g. postgres://rembuk@db.internal/rembuk. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  /** Connections each process keeps to PostgreSQL. */
  DATABASE_POOL_SIZE: positiveInt(10),
  /** Redis that links several Rembuk processes serving one store, e.g. redis://cache.internal:6379. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  /** Test aid: share of messages between processes dropped on purpose, 0 to 1 (0 in production). */
  BUS_DROP_RATE: z.coerce
    .number({ error: "must be a number" })
    .min(0, "must be between 0 and 1")
    .max(1, "must be between 0 and 1")
    .default(0),
  /** Test aid: delay every message between processes by this much (0 in production). */
  BUS_DELAY_MS: nonNegativeInt(0),
});

/** Validated runtime configuration. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  maxMessageBytes: number;
  maxPendingMessages: number;
  maxPendingBytes: number;
  maxOutboundBytes: number;
  compactionThreshold: number;
  unloadGraceMs: number;
  loadDelayMs: number;
  maxSocketsPerAccount: number;
  maxStreamsPerAccount: number;
  loginLimits: LoginLimitSettings;
  postingLimits: PostingLimitSettings;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  publicUrl: string | undefined;
  allowedOrigins: string[];
  cookieSecure: "auto" | "true" | "false";
  trustProxy: string;
  /** PostgreSQL connection URL; absent: the embedded SQLite file `databaseFile`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Redis URL linking processes; absent: this process is alone. */
  redisUrl: string | undefined;
  /** Fault injection between processes, for tests (both 0 in production). */
  busFaults: { dropRate: number; delayMs: number };
}

/** Thrown when the environment holds a value Rembuk cannot start with. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads and validates the configuration from environment variables, so a bad value
 * stops the start with a message naming the variable instead of failing later.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join(".")}=${JSON.stringify(env[String(issue.path[0])] ?? "")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      "Invalid configuration:\n  REDIS_URL is set without DATABASE_URL: several processes need PostgreSQL, not one SQLite file",
    );
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: path.join(dataDir, "rembuk.sqlite"),
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxPendingMessages: e.MAX_PENDING_MESSAGES,
    maxPendingBytes: e.MAX_PENDING_BYTES,
    maxOutboundBytes: e.MAX_OUTBOUND_BYTES,
    compactionThreshold: e.COMPACTION_THRESHOLD,
    unloadGraceMs: e.UNLOAD_GRACE_MS,
    loadDelayMs: e.LOAD_DELAY_MS,
    maxSocketsPerAccount: e.MAX_SOCKETS_PER_ACCOUNT,
    maxStreamsPerAccount: e.MAX_STREAMS_PER_ACCOUNT,
    loginLimits: {
      perEmail: e.LOGIN_ATTEMPTS_PER_EMAIL,
      perAddress: e.LOGIN_FAILURES_PER_ADDRESS,
      windowSeconds: DEFAULT_LOGIN_LIMITS.windowSeconds,
    },
    postingLimits: postingLimitsOf(e),
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    allowedOrigins: e.ALLOWED_ORIGINS.split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    busFaults: { dropRate: e.BUS_DROP_RATE, delayMs: e.BUS_DELAY_MS },
  };
}

/** The per-account posting limits from their variables, each over its default window. */
function postingLimitsOf(e: z.infer<typeof EnvSchema>): PostingLimitSettings {
  const per = (kind: keyof PostingLimitSettings, points: number) => ({
    points,
    durationSeconds: DEFAULT_POSTING_LIMITS[kind].durationSeconds,
  });
  return {
    comment: per("comment", e.COMMENTS_PER_MINUTE),
    reply: per("reply", e.REPLIES_PER_MINUTE),
    edit: per("edit", e.EDITS_PER_MINUTE),
    answer: per("answer", e.ANSWERS_PER_MINUTE),
    upload: per("upload", e.UPLOADS_PER_MINUTE),
    profile: per("profile", e.PROFILE_CHANGES_PER_HOUR),
  };
}
