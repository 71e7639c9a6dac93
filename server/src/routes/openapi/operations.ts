import type { z } from "zod";
import {
  AnswerSchema,
  CommentCreateSchema,
  CommentEditSchema,
  DocumentCreateSchema,
  InvitationAcceptSchema,
  InvitationCreateSchema,
  LoginSchema,
  MembershipCreateSchema,
  ModerationSchema,
  NotificationReadSchema,
  NotificationSettingsSchema,
  OrganisationCreateSchema,
  OrganisationVerificationSchema,
  ProfileUpdateSchema,
  ReplyCreateSchema,
  RoleGrantSchema,
  RoundCloseSchema,
  RoundCommentCreateSchema,
  RoundConclusionSchema,
  RoundOpenSchema,
  SetupSchema,
  SuggestionDeclineSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from "../../../../shared/schemas/index.ts";

/** Who may call an operation, as the OpenAPI document states it. */
type Access =
  | "public"
  | "signed-in"
  | "administrator"
  | "document role"
  | "document role or round participant";

/** One API operation: the table the OpenAPI document is generated from. */
export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Express-style path, e.g. `/api/documents/:documentId`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: z.ZodType;
  /** Status of a successful answer. */
  success: number;
}

/**
 * Every route of the API. A test compares this table with the routes the app
 * really registers, so a new route cannot be left out of the OpenAPI document.
 */
export const OPERATIONS: Operation[] = [
  {
    method: "GET",
    path: "/api/health",
    summary: "Ready once the store is open; status degraded while a sealed record is found altered",
    tag: "system",
    access: "public",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/openapi.json",
    summary: "This OpenAPI document",
    tag: "system",
    access: "public",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/auth/login",
    summary: "Sign in; sets the session cookie",
    tag: "accounts",
    access: "public",
    body: LoginSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/api/auth/logout",
    summary: "Sign out this browser",
    tag: "accounts",
    access: "public",
    success: 204,
  },
  {
    method: "POST",
    path: "/api/auth/logout-everywhere",
    summary: "End every session and socket of this person",
    tag: "accounts",
    access: "signed-in",
    success: 204,
  },
  {
    method: "GET",
    path: "/api/me",
    summary: "The signed-in person",
    tag: "accounts",
    access: "signed-in",
    success: 200,
  },
  {
    method: "PATCH",
    path: "/api/me",
    summary: "Update the public profile and declaration of interests",
    tag: "accounts",
    access: "signed-in",
    body: ProfileUpdateSchema,
    success: 200,
  },
  {
    method: "GET",
    path: "/api/me/notifications",
    summary: "My notifications, newest first, with the unread count; `?before=<id>` pages on",
    tag: "notifications",
    access: "signed-in",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/me/notifications/read",
    summary: "Mark some (`ids`) or `all` of my notifications read",
    tag: "notifications",
    access: "signed-in",
    body: NotificationReadSchema,
    success: 200,
  },
  {
    method: "GET",
    path: "/api/me/notification-settings",
    summary: "How I hear of notifications: `immediate` or `daily_digest`",
    tag: "notifications",
    access: "signed-in",
    success: 200,
  },
  {
    method: "PATCH",
    path: "/api/me/notification-settings",
    summary: "Choose immediate e-mails or one daily digest (07:00 Asia/Jakarta)",
    tag: "notifications",
    access: "signed-in",
    body: NotificationSettingsSchema,
    success: 200,
  },
  {
    method: "GET",
    path: "/api/setup",
    summary: "Whether first-run setup is waiting",
    tag: "accounts",
    access: "public",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/setup",
    summary: "Create the first administrator with the one-time token",
    tag: "accounts",
    access: "public",
    body: SetupSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/api/organisations",
    summary: "All organisations",
    tag: "organisations",
    access: "signed-in",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/organisations",
    summary: "Register an organisation (unverified); the caller becomes a member",
    tag: "organisations",
    access: "signed-in",
    body: OrganisationCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/api/organisations/:organisationId",
    summary: "One organisation and its members",
    tag: "organisations",
    access: "signed-in",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/admin/integrity-alerts",
    summary: "Sealed public records found altered in the database (their documents are frozen)",
    tag: "administration",
    access: "administrator",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/admin/users",
    summary: "All accounts",
    tag: "administration",
    access: "administrator",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/admin/users",
    summary: "Create an account",
    tag: "administration",
    access: "administrator",
    body: UserCreateSchema,
    success: 201,
  },
  {
    method: "PATCH",
    path: "/api/admin/users/:userId",
    summary: "Make administrator, disable or enable an account",
    tag: "administration",
    access: "administrator",
    body: UserUpdateSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/api/admin/organisations/:organisationId/verification",
    summary: "Verify or unverify an organisation",
    tag: "administration",
    access: "administrator",
    body: OrganisationVerificationSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/api/admin/organisations/:organisationId/members",
    summary: "Add a member to an organisation",
    tag: "administration",
    access: "administrator",
    body: MembershipCreateSchema,
    success: 204,
  },
  {
    method: "DELETE",
    path: "/api/admin/organisations/:organisationId/members/:userId",
    summary: "Remove a member from an organisation; round streams it brought them close at once",
    tag: "administration",
    access: "administrator",
    success: 204,
  },
  {
    method: "GET",
    path: "/api/documents",
    summary: "Documents the caller has a role on",
    tag: "documents",
    access: "signed-in",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/documents",
    summary: "Start a draft (verified government organisation or administrator)",
    tag: "documents",
    access: "signed-in",
    body: DocumentCreateSchema,
    success: 201,
  },
  {
    method: "POST",
    path: "/api/documents/import",
    summary:
      "Start a structured draft from a Word (.docx) file sent as the body; ?title= names it; one import per account at a time",
    tag: "documents",
    access: "signed-in",
    success: 201,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId/export.docx",
    summary: "The live structured draft as a Word file (drafters)",
    tag: "documents",
    access: "document role",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId/print",
    summary: "The live structured draft as a print page (HTML) that prints to PDF (drafters)",
    tag: "documents",
    access: "document role",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId",
    summary: "One document with the caller's role",
    tag: "documents",
    access: "document role",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId/roles",
    summary: "Who has which role",
    tag: "sharing",
    access: "document role",
    success: 200,
  },
  {
    method: "PUT",
    path: "/api/documents/:documentId/roles/:userId",
    summary: "Grant or change a role (owners)",
    tag: "sharing",
    access: "document role",
    body: RoleGrantSchema,
    success: 200,
  },
  {
    method: "DELETE",
    path: "/api/documents/:documentId/roles/:userId",
    summary: "Revoke a role (owners); open sockets close at once",
    tag: "sharing",
    access: "document role",
    success: 204,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId/invitations",
    summary:
      "Pending invitations, and those revoked because their sender may no longer share (owners)",
    tag: "sharing",
    access: "document role",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/documents/:documentId/invitations",
    summary: "Invite by email into a role; returns the single-use link",
    tag: "sharing",
    access: "document role",
    body: InvitationCreateSchema,
    success: 201,
  },
  {
    method: "DELETE",
    path: "/api/documents/:documentId/invitations/:invitationId",
    summary: "Revoke an invitation (owners)",
    tag: "sharing",
    access: "document role",
    success: 204,
  },
  {
    method: "GET",
    path: "/api/invitations/:token",
    summary: "What an invitation link offers",
    tag: "sharing",
    access: "public",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/invitations/:token/accept",
    summary: "Accept an invitation, creating the account if needed",
    tag: "sharing",
    access: "public",
    body: InvitationAcceptSchema,
    success: 200,
  },
  ...commentOperations(),
  ...publicRecordOperations(),
  ...roundOperations(),
];

/** The comments domain under `/api/documents/:documentId`. */
function commentOperations(): Operation[] {
  const doc = "/api/documents/:documentId";
  const one = `${doc}/comments/:commentId`;
  const op = (
    method: Operation["method"],
    path: string,
    summary: string,
    success: number,
    body?: z.ZodType,
  ): Operation => ({
    method,
    path,
    summary,
    tag: "comments",
    access: "document role",
    body,
    success,
  });
  return [
    op(
      "GET",
      `${doc}/comments`,
      "A page of threads (?after=<next>&limit≤100), each with its latest replies and replyCount",
      200,
    ),
    op("GET", one, "The thread holding the comment, with its latest replies", 200),
    op(
      "GET",
      `${one}/replies`,
      "A page of the thread's earlier replies (?before=<reply id>&limit≤100)",
      200,
    ),
    op(
      "POST",
      `${doc}/comments`,
      "Comment on (or suggest a change to) a passage of the live draft",
      201,
      CommentCreateSchema,
    ),
    op(
      "POST",
      `${one}/replies`,
      "Reply in the comment's thread; answers with the reply alone",
      201,
      ReplyCreateSchema,
    ),
    op(
      "PATCH",
      one,
      "Reword one's own comment; the earlier wording is kept",
      200,
      CommentEditSchema,
    ),
    op("GET", `${one}/revisions`, "Earlier wordings of the comment and of its answer", 200),
    op("PUT", `${one}/answer`, "Give or reword the official answer (drafters)", 200, AnswerSchema),
    op(
      "POST",
      `${one}/accept`,
      "Accept a suggestion into the live draft (drafters); 409 suggestion_conflict when its passage changed",
      200,
    ),
    op(
      "POST",
      `${one}/decline`,
      "Decline a suggestion with a reason (drafters)",
      200,
      SuggestionDeclineSchema,
    ),
    op(
      "POST",
      `${one}/attachments`,
      "Attach a position paper: a PDF (≤ 10 MB) as the raw body, ?name= its file name (the author)",
      201,
    ),
    op("GET", `${doc}/attachments/:attachmentId`, "Download a position paper", 200),
    op(
      "POST",
      `${one}/moderation`,
      "Hide a comment with a public reason; personal_data erases its text (administrators)",
      200,
      ModerationSchema,
    ),
    op("GET", `${doc}/moderation-log`, "Every moderation action on the document's comments", 200),
    op(
      "GET",
      `${doc}/events`,
      "Server-Sent Events: `event: comments` carrying the one comment that changed, `event: rounds` whenever a round or version does",
      200,
    ),
  ];
}

/** The public record: open data, no account needed, nothing unpublished (404 instead). */
function publicRecordOperations(): Operation[] {
  const one = "/api/public/consultations/:documentId";
  const op = (path: string, summary: string): Operation => ({
    method: "GET",
    path,
    summary,
    tag: "public record",
    access: "public",
    success: 200,
  });
  return [
    op(
      "/api/public/consultations",
      "Published consultations; ?q= words of the title, ?body= government body id, ?status=open|closed|concluded, ?year=",
    ),
    op(
      `${one}/record`,
      "The complete public record as JSON (shared/schemas/public-record.schema.json), with the seals of every round",
    ),
    op(`${one}/comments.csv`, "Every comment and reply with its answer, as CSV (UTF-8 with BOM)"),
    op(
      `${one}/rounds/:number/dim`,
      "A round's response table (Daftar Inventarisasi Masalah) as a page that prints to PDF",
    ),
    op(
      `${one}/attachments/:attachmentId`,
      "A position paper of a visible comment in a published round",
    ),
    op("/public/feed.xml", "Atom feed of published consultation rounds"),
    op(
      "/api/people/:personId",
      "A person's public profile: name, organisations (verified or not), declared affiliation and interests, and every earlier name and affiliation with its date",
    ),
  ];
}

/** Consultation rounds and versions under `/api/documents/:documentId`, and `/api/rounds/open`. */
function roundOperations(): Operation[] {
  const doc = "/api/documents/:documentId";
  const one = `${doc}/rounds/:number`;
  const op = (
    method: Operation["method"],
    path: string,
    summary: string,
    success: number,
    access: Access,
    body?: z.ZodType,
  ): Operation => ({ method, path, summary, tag: "consultation", access, body, success });
  const either = "document role or round participant";
  return [
    op(
      "POST",
      `${doc}/rounds`,
      "Freeze the live draft as the next version and open a consultation round on it (drafters); 409 previous_round_open",
      201,
      "document role",
      RoundOpenSchema,
    ),
    op("GET", `${doc}/rounds`, "The rounds the caller may read", 200, either),
    op("GET", one, "A round and its version's text", 200, either),
    op(
      "POST",
      `${one}/close`,
      "Close the round early with a reason (drafters)",
      200,
      "document role",
      RoundCloseSchema,
    ),
    op(
      "POST",
      `${one}/conclusion`,
      "Publish the conclusion of a closed round (drafters); 409 unanswered_comments",
      200,
      "document role",
      RoundConclusionSchema,
    ),
    op(
      "GET",
      `${one}/comments`,
      "A page of the round's threads (?after=<next>&limit≤100)",
      200,
      either,
    ),
    op(
      "POST",
      `${one}/comments`,
      "Comment on (or suggest a change to) a passage of the round's version while it is open; 409 round_closed",
      201,
      either,
      RoundCommentCreateSchema,
    ),
    op(
      "GET",
      `${one}/moderation-log`,
      "Every moderation action on the round's comments and replies",
      200,
      either,
    ),
    op(
      "GET",
      `${one}/events`,
      "Server-Sent Events of the round's document (`event: comments`, `event: rounds`), for its participants too; ends when their access goes",
      200,
      either,
    ),
    op("GET", `${doc}/versions`, "The versions the caller may read", 200, either),
    op("GET", `${doc}/versions/:number`, "A version with its text", 200, either),
    op(
      "GET",
      `${doc}/versions/:number/export.docx`,
      "A version of a structured draft as a Word file (<title>-versi-<n>.docx); 409 not_structured",
      200,
      either,
    ),
    op(
      "GET",
      `${doc}/versions/:number/print`,
      "A version of a structured draft as a print page (HTML) that prints to PDF, headed with its number, title and date; 409 not_structured",
      200,
      either,
    ),
    op(
      "POST",
      `${doc}/versions/:number/restore`,
      "Make the live draft read as this version again, as one new edit (drafters)",
      200,
      "document role",
    ),
    op(
      "GET",
      `${doc}/diff`,
      "Compare two versions (?from=<n>&to=<n>), or a version with the live draft (to=live, editors only)",
      200,
      either,
    ),
    op(
      "GET",
      "/api/rounds/open",
      "Rounds open now in which the caller may comment, across documents",
      200,
      "signed-in",
    ),
  ];
}
