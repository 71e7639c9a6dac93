export * from "./client.ts";
export * from "./documents.ts";
