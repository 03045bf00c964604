import { vitePlugin as remix } from "@remix-run/dev";
import { configDefaults, defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// UNIT_DB_ENGINE=postgresql runs the suite on PostgreSQL (npm run test:unit:postgres):
// tests of SQLite's own machinery stay out, the PostgreSQL twins come in.
const onPostgres = process.env.UNIT_DB_ENGINE === "postgresql";
const sqliteOnly = ["app/platform/db/sqlite-adapter.server.test.ts", "app/platform/db/backup.server.test.ts"];

export default defineConfig({
  plugins: [!process.env.VITEST && remix(remixConfig), tsconfigPaths()],
  build: { target: "es2022" },
  server: { port: 3000 },
  test: {
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "server/**/*.test.ts", "prisma/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...(onPostgres ? sqliteOnly : ["**/*.postgres.test.ts"])],
    globalSetup: ["scripts/vitest-database.ts"],
    setupFiles: ["scripts/vitest-database-copy.ts"],
    // Two cores shared with a build or a browser: generous limits, no flaky timeouts.
    testTimeout: 20_000,
  },
});
