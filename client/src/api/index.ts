export * from "./admin.ts";
export * from "./client.ts";
export * from "./documents.ts";
export * from "./invitations.ts";
export * from "./organisations.ts";
export * from "./responses.ts";
export * from "./session.ts";
export * from "./sharing.ts";
