import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
        { patterns: [{ group: ["**/generated/prisma/*", "**/generated/prisma-postgresql/*"], message: "Use the db client from db.server.ts." }] },
      ],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ["app/features/server/db.server.ts", "app/features/server/*-client.server.ts", "prisma/**", "scripts/**", "e2e/**", "**/*.test.ts"],
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
