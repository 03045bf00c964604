import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Import directions (docs/architecture.md): features → platform, never back;
// a feature never reaches into another feature's route modules or test
// support; the app and the Node server in server/ never import each other.
const PRISMA_CLIENT = { group: ["**/generated/prisma/*"], message: "Use the db client from db.server.ts." };
const NO_FEATURES = { group: ["~/features/**", "**/features/**", "~/root", "~/jobs.server", "**/jobs.server"], message: "Shared infrastructure (app/platform) must not depend on features: move the shared part into platform, or pass it in." };
const NO_OTHER_ROUTES = { group: ["~/features/*/routes/**", "**/features/*/routes/**"], message: "A route module is not a public module: import the feature's component or server module instead." };
const NO_TEST_SUPPORT = { group: ["**/test-support/**"], message: "Test support is for tests only." };
const NO_NODE_SERVER = { group: ["**/server/**", "!**/*.server", "!**/*.server.*"], message: "The app never imports the Node server (server/); the server loads the app's build." };
const NO_APP = { group: ["../app/**", "**/app/**", "~/**"], message: "The Node server (server/) loads the app's build and imports nothing from app/." };
/** @param {...{ group: string[]; message: string }} patterns */
const restrictImports = (...patterns) => ["error", { patterns: [PRISMA_CLIENT, ...patterns] }];

export default tseslint.config(
  { ignores: ["build/", "app/generated/", "node_modules/", "data/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/generated/prisma/*"], message: "Use the db client from db.server.ts." }] },
      ],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  { files: ["app/features/**"], rules: { "no-restricted-imports": restrictImports(NO_OTHER_ROUTES, NO_TEST_SUPPORT, NO_NODE_SERVER) } },
  { files: ["app/platform/**"], rules: { "no-restricted-imports": restrictImports(NO_FEATURES, NO_TEST_SUPPORT, NO_NODE_SERVER) } },
  { files: ["app/*.ts", "app/*.tsx"], rules: { "no-restricted-imports": restrictImports(NO_NODE_SERVER) } },
  { files: ["server/**"], rules: { "no-restricted-imports": restrictImports(NO_APP) } },
  {
    files: ["app/platform/db/db.server.ts", "prisma/**", "scripts/**", "e2e/**", "**/*.test.ts", "**/test-support/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Every spec runs with the browser-problem check (CSP violations, console errors) of e2e/test.ts.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./test: it fails a test on any CSP violation or browser error." }] },
      ],
    },
  },
);
