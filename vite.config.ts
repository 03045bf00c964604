import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [!process.env.VITEST && remix(remixConfig), tsconfigPaths()],
  build: { target: "es2022" },
  server: { port: 3000 },
  test: {
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "server/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["scripts/vitest-database.ts"],
    setupFiles: ["scripts/vitest-database-copy.ts"],
    // Two cores shared with a build or a browser: generous limits, no flaky timeouts.
    testTimeout: 20_000,
  },
});
