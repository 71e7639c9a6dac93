export * from "./closeCodes.ts";
export * from "./messageTypes.ts";
export * from "./version.ts";
export * from "./presence.ts";
