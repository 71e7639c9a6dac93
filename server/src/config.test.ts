import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("configuration", () => {
  it("defaults to port 8080 on loopback with data in ./data", () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe("127.0.0.1");
    expect(config.dataDir.endsWith("/data")).toBe(true);
  });

  it("stops with a message naming the variable for a bad value", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(
      /PORT="70000": must be between 0 and 65535/,
    );
    expect(() => loadConfig({ MAX_MESSAGE_BYTES: "-1" })).toThrow(/MAX_MESSAGE_BYTES/);
  });

  it("runs on PostgreSQL and Redis only when both are named, and checks their URLs", () => {
    const scaled = loadConfig({
      DATABASE_URL: "postgres://rembuk@db.internal/rembuk",
      REDIS_URL: "redis://cache.internal:6379",
    });
    expect(scaled.databaseUrl).toBe("postgres://rembuk@db.internal/rembuk");
    expect(scaled.redisUrl).toBe("redis://cache.internal:6379");
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_URL: "mysql://db/rembuk" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: "redis://cache:6379" })).toThrow(/without DATABASE_URL/);
    expect(() => loadConfig({ BUS_DROP_RATE: "2" })).toThrow(/BUS_DROP_RATE/);
  });
});
