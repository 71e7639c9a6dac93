import fs from "node:fs/promises";
import { type AnswerStore, createAnswerStore } from "./answerStore.ts";
import { type AttachmentStore, createAttachmentStore } from "./attachmentStore.ts";
import { type CommentPageStore, createCommentPageStore } from "./commentPageStore.ts";
import { type CommentStore, createCommentStore } from "./commentStore.ts";
import { openSqlite, type SqlDatabase } from "./database.ts";
import { createDocumentStore, type DocumentStore } from "./documentStore.ts";
import { createIntegrityStore, type IntegrityStore } from "./integrityStore.ts";
import { createInvitationStore, type InvitationStore } from "./invitationStore.ts";
import { migrate } from "./migrations.ts";
import { createModerationStore, type ModerationStore } from "./moderationStore.ts";
import { createNotificationFeed, type NotificationFeed } from "./notificationFeed.ts";
import { createNotificationStore, type NotificationStore } from "./notificationStore.ts";
import { createOrganisationStore, type OrganisationStore } from "./organisationStore.ts";
import { openPostgres } from "./postgres.ts";
import { createProfileHistoryStore, type ProfileHistoryStore } from "./profileHistoryStore.ts";
import { createRoleStore, type RoleStore } from "./roleStore.ts";
import { createRoundStore, type RoundStore } from "./roundStore.ts";
import { createSealStore, type SealStore } from "./sealStore.ts";
import { createSessionStore, type SessionStore } from "./sessionStore.ts";
import { createUpdateStore, type UpdateStore } from "./updateStore.ts";
import { createUserStore, type UserStore } from "./userStore.ts";
import { createVersionStore, type VersionStore } from "./versionStore.ts";

export type { AnswerRecord, AnswerRevisionRecord, AnswerStore } from "./answerStore.ts";
export type { AttachmentRecord, AttachmentStore } from "./attachmentStore.ts";
export type { AuthorshipRecord } from "./authorshipColumns.ts";
export type {
  CommentModeration,
  CommentRecord,
  CommentRevisionRecord,
  CommentStatus,
  CommentStore,
  SuggestionDecision,
} from "./commentStore.ts";
export type { DocumentRecord, DocumentStore } from "./documentStore.ts";
export type { IntegrityAlert, IntegrityStore } from "./integrityStore.ts";
export type { InvitationRecord, InvitationStore } from "./invitationStore.ts";
export type { ModerationLogRecord, ModerationStore } from "./moderationStore.ts";
export type { FedAnswer, FedComment, NotificationFeed } from "./notificationFeed.ts";
export type {
  NewNotification,
  NotificationRecord,
  NotificationStore,
  OutboxMail,
  UndeliveredNotification,
} from "./notificationStore.ts";
export type { OrganisationRecord, OrganisationStore } from "./organisationStore.ts";
export type { ProfileChangeRecord, ProfileHistoryStore } from "./profileHistoryStore.ts";
export type { RoleAssignment, RoleRecord, RoleStore } from "./roleStore.ts";
export type {
  PersonRef,
  RoundCounts,
  RoundOrganisation,
  RoundRecord,
  RoundStore,
} from "./roundStore.ts";
export type { SealRecord, SealStore } from "./sealStore.ts";
export type { SessionRecord, SessionStore } from "./sessionStore.ts";
export type { PendingUpdate, StoredUpdate, UpdateStore } from "./updateStore.ts";
export type { UserRecord, UserStore } from "./userStore.ts";
export type { VersionRecord, VersionStore, VersionText } from "./versionStore.ts";

/** Every store module over one database connection. */
export interface Store {
  db: SqlDatabase;
  documents: DocumentStore;
  updates: UpdateStore;
  users: UserStore;
  /** Each person's earlier names and affiliations, public. */
  profileHistory: ProfileHistoryStore;
  sessions: SessionStore;
  organisations: OrganisationStore;
  roles: RoleStore;
  invitations: InvitationStore;
  comments: CommentStore;
  /** Comment lists a page at a time. */
  commentPages: CommentPageStore;
  answers: AnswerStore;
  attachments: AttachmentStore;
  moderation: ModerationStore;
  versions: VersionStore;
  rounds: RoundStore;
  seals: SealStore;
  /** Sealed records found altered: what administrators are alerted to. */
  integrity: IntegrityStore;
  notifications: NotificationStore;
  /** What the notifier reads: comments and answers in commit order, who a round reaches. */
  notificationFeed: NotificationFeed;
  close(): Promise<void>;
}

/** Where the store lives: PostgreSQL when `databaseUrl` is set, else SQLite in `dataDir`. */
export interface StoreLocation {
  dataDir: string;
  databaseFile: string;
  /** postgres://… — several processes may share it. */
  databaseUrl?: string;
  /** Connections in the PostgreSQL pool. */
  databasePoolSize?: number;
}

/** The database at `location`, opened (created for SQLite) but not yet migrated. */
export async function openDatabase(location: StoreLocation): Promise<SqlDatabase> {
  if (location.databaseUrl) {
    return openPostgres(location.databaseUrl, location.databasePoolSize ?? 10);
  }
  await fs.mkdir(location.dataDir, { recursive: true });
  return openSqlite(location.databaseFile);
}

/** Opens the store at `location`, migrating its schema as needed. */
export async function openStore(location: StoreLocation): Promise<Store> {
  const db = await openDatabase(location);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return {
    db,
    documents: createDocumentStore(db),
    updates: createUpdateStore(db),
    users: createUserStore(db),
    profileHistory: createProfileHistoryStore(db),
    sessions: createSessionStore(db),
    organisations: createOrganisationStore(db),
    roles: createRoleStore(db),
    invitations: createInvitationStore(db),
    ...createCommentStores(db),
    ...createRoundStores(db),
    seals: createSealStore(db),
    integrity: createIntegrityStore(db),
    notifications: createNotificationStore(db),
    notificationFeed: createNotificationFeed(db),
    close: () => db.close(),
  };
}

/** The comment aggregate's stores over one connection, or over one transaction (`tx`). */
export function createCommentStores(db: SqlDatabase) {
  return {
    comments: createCommentStore(db),
    commentPages: createCommentPageStore(db),
    answers: createAnswerStore(db),
    attachments: createAttachmentStore(db),
    moderation: createModerationStore(db),
  };
}

/** The consultation stores (versions and rounds) over one connection or one transaction. */
export function createRoundStores(db: SqlDatabase) {
  return { versions: createVersionStore(db), rounds: createRoundStore(db) };
}
