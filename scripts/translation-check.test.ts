import { describe, expect, it } from "vitest";
import { compareLanguages, findUsedKeys, keyExists } from "./translation-check";

describe("translation check", () => {
  it("finds a key missing in one language", () => {
    const problems = compareLanguages({ en: { a: { b: "B", c: "C" } }, zh: { a: { b: "乙" } } });
    expect(problems).toEqual(['zh: missing key "a.c" (present in en)']);
  });

  it("finds empty values and placeholder mismatches", () => {
    const problems = compareLanguages({ en: { x: "Hi {{name}}", y: "Y" }, zh: { x: "你好", y: " " } });
    expect(problems).toContain('placeholders differ between languages for "x"');
    expect(problems).toContain('zh: empty value for "y"');
  });

  it("passes matching languages", () => {
    expect(compareLanguages({ en: { x: "{{n}} min" }, zh: { x: "{{n}} 分钟" } })).toEqual([]);
  });

  it("collects keys used in code", () => {
    const source = `t("auth.login.title"); t('common.siteName', { x }); t(\`common.roles.\${role}\`); message("validation.required")`;
    expect(findUsedKeys(source)).toEqual(["auth.login.title", "common.siteName", "common.roles.${role}", "validation.required"]);
  });

  it("matches template keys against real keys", () => {
    const known = new Set(["common.roles.admin", "auth.login.title"]);
    expect(keyExists("common.roles.${role}", known)).toBe(true);
    expect(keyExists("common.jobs.${role}", known)).toBe(false);
    expect(keyExists("auth.login.missing", known)).toBe(false);
  });
});
