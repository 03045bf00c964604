import { describe, expect, it } from "vitest";
import { loadTermbase, TERMBASE_FILE } from "./load-termbase.server";
import { termbaseSchema } from "./schema";

describe("termbase", () => {
  it("holds at least 40 core concepts, each with an English term, a preferred Chinese term and a note in both languages", () => {
    const { terms, problems } = loadTermbase(TERMBASE_FILE);
    expect(problems).toEqual([]);
    expect(terms.length).toBeGreaterThanOrEqual(40);
    const ids = terms.map((term) => term.id);
    for (const id of ["childrens-product", "childrens-product-certificate", "general-certificate-of-conformity", "efiling", "third-party-testing", "cpsc-accepted-laboratory", "tracking-label", "substantial-product-hazard", "small-parts", "accessible", "drawstring", "phthalates", "surface-coating", "substrate", "component-part", "periodic-testing", "material-change", "recall", "fast-track", "section-15b-report"]) {
      expect(ids).toContain(id);
    }
    expect(terms.find((term) => term.id === "material-change")).toMatchObject({ zh: "重大变更", rejected: expect.arrayContaining(["材料变更"]) });
    expect(terms.find((term) => term.id === "tracking-label")).toMatchObject({ zh: "追溯标签", rejected: expect.arrayContaining(["追踪标签"]) });
  });

  it("rejects a variant that is another term's preferred form, or repeated ids", () => {
    const note = { zh: "说明", en: "Note" };
    const result = termbaseSchema.safeParse({
      terms: [
        { id: "a", en: "tracking label", zh: "追溯标签", rejected: ["追踪标签"], note },
        { id: "a", en: "trace label", zh: "追踪标签", rejected: ["追溯标签"], note },
      ],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['"追踪标签" is the preferred term of "a"', 'id "a" repeats', '"追溯标签" is the preferred term of "a"']);
  });
});
