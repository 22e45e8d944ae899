import os from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    environment: "node",
    // Vitest's default is one worker fewer than the cores: one on a 2-core
    // machine. The slowest files wait on child processes, PDF workers and
    // SQLite, so two workers keep both cores busy. (Each file has a database
    // of its own: lib/testing/setup-database-url.ts.)
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // A timeout catches a hang, not slowness (the benchmark measures speed): Vitest's 5 s
    // default failed property tests that take 2 s on a quiet machine when it was loaded 6×.
    testTimeout: 30_000,
    // The default output, then where the time went (test/unit-timings-reporter.ts).
    reporters: ["default", "./test/unit-timings-reporter.ts"],
    setupFiles: ["lib/testing/setup-database-url.ts"],
    include: ["lib/**/*.test.ts", "seed/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["**/node_modules/**", "e2e/**", ".next/**"],
  },
});
