export * from "./accounts.ts";
export * from "./documents.ts";
export * from "./errors.ts";
export * from "./comments.ts";
export * from "./integrity.ts";
export * from "./notifications.ts";
export * from "./publicRecord.ts";
export * from "./rounds.ts";
