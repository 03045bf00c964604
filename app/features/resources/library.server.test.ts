import { describe, expect, it } from "vitest";
import { loadCourses } from "~/features/courses/content/load-courses.server";
import { loadWebinars } from "~/features/webinars/content/load-webinars.server";
import { loadResources } from "./content/load-resources.server";
import { syncResources } from "./content/sync-resources.server";
import { readLibraryFilters, searchLibrary } from "./library.server";
import { normalizeSearchText, searchTerms } from "./search-text";

const filters = (q: string) => readLibraryFilters(new URL(`http://x/en/resources?q=${encodeURIComponent(q)}`));

describe("search text", () => {
  it("folds width and case, drops markup, and joins Chinese across spaces", () => {
    expect(normalizeSearchText("## ＣＰＳＣ 认可的 **实验室**")).toBe("cpsc认可的实验室");
    expect(normalizeSearchText("- [ ] Tracking   Label\n(CPSA 14(a)(5))")).toBe("- tracking label (cpsa 14(a)(5))");
    expect(searchTerms("  追溯标签   Label ")).toEqual(["追溯标签", "label"]);
    expect(searchTerms("")).toEqual([]);
  });
});

describe("searchLibrary", () => {
  it("finds resources by a Chinese phrase inside a sentence, by English words, and not by nonsense", async () => {
    const { courses } = loadCourses("courses");
    const { webinars } = loadWebinars("webinars");
    const { resources, problems } = loadResources("resources", { courses: courses.map((c) => c.slug), webinars: webinars.map((w) => w.slug) });
    expect(problems).toEqual([]);
    expect(resources.length).toBeGreaterThanOrEqual(6);
    await syncResources(resources);

    const chinese = await searchLibrary("zh", filters("追溯标签"));
    expect(chinese.map((card) => card.slug)).toContain("tracking-label-requirements");
    expect(chinese[0]!.title).toBe("追溯标签必须包含哪些信息");
    // "标签必须" spans two words of a sentence: substring search still finds it.
    expect((await searchLibrary("zh", filters("标签必须"))).length).toBeGreaterThan(0);
    expect((await searchLibrary("en", filters("TRACKING label"))).map((card) => card.slug)).toContain("tracking-label-requirements");
    expect((await searchLibrary("en", filters("16 CFR 1501"))).map((card) => card.slug)).toContain("small-parts-rule-summary");
    expect(await searchLibrary("en", filters("zebra unicorn"))).toEqual([]);
    // LIKE wildcards in a query are plain characters.
    expect(await searchLibrary("en", filters("1501%"))).toEqual([]);
    expect(await searchLibrary("en", filters("f%63"))).toEqual([]);

    const checklists = await searchLibrary("en", readLibraryFilters(new URL("http://x/en/resources?kind=checklist&category=weapons")));
    expect(checklists.length).toBeGreaterThan(0);
    expect(checklists.every((card) => card.kind === "checklist")).toBe(true);
  });
});
