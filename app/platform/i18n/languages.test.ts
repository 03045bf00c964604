import { describe, expect, it } from "vitest";
import { htmlLang, isLanguage, languageInPath, localizePath, otherLanguage } from "./languages";

describe("languages", () => {
  it("knows exactly zh and en", () => {
    expect(isLanguage("zh")).toBe(true);
    expect(isLanguage("en")).toBe(true);
    expect(isLanguage("fr")).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it("maps to html lang tags", () => {
    expect(htmlLang("zh")).toBe("zh-CN");
    expect(htmlLang("en")).toBe("en");
    expect(otherLanguage("zh")).toBe("en");
  });

  it("moves a path to another language and keeps the query", () => {
    expect(localizePath("/zh/courses/toys?tab=1", "en")).toBe("/en/courses/toys?tab=1");
    expect(localizePath("/en", "zh")).toBe("/zh");
    expect(localizePath("/", "en")).toBe("/en");
    expect(localizePath("/fr/x", "zh")).toBe("/zh/fr/x");
  });

  it("reads the language from the first path segment only", () => {
    expect(languageInPath("/en/login")).toBe("en");
    expect(languageInPath("/login/en")).toBeNull();
    expect(languageInPath("/")).toBeNull();
  });
});
