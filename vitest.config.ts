import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["server/**/*.test.ts", "shared/**/*.test.ts", "client/**/*.test.ts"],
          environment: "node",
          setupFiles: ["server/src/test/unitSetup.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own server processes; two cores, so keep it modest.
          maxWorkers: 2,
        },
      },
    ],
  },
});
