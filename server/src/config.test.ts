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
});
