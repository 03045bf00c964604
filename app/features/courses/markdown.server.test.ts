import { describe, expect, it } from "vitest";
import { parallelRows, renderMarkdown, renderWithTermLinks, splitBlocks } from "./markdown.server";

describe("course Markdown", () => {
  it("renders headings, lists and emphasis", () => {
    const html = renderMarkdown("## 标题\n\n- **一** 项\n- two");
    expect(html).toContain("<h2>标题</h2>");
    expect(html).toContain("<li><strong>一</strong> 项</li>");
  });

  it("removes scripts, event handlers and unsafe links", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3)) [y](https://www.cpsc.gov)');
    expect(html).not.toMatch(/<script|onerror|<img|javascript:/);
    expect(html).toContain('<a href="https://www.cpsc.gov" rel="noopener noreferrer">y</a>');
  });

  it("aligns Chinese and English block by block", () => {
    expect(splitBlocks("## A\n\npara one\nstill one\n\n- a\n- b\n")).toEqual(["## A", "para one\nstill one", "- a\n- b"]);
    const rows = parallelRows("## 甲\n\n乙", "## A\n\nB\n\nC");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ zh: "<h2>甲</h2>\n", en: "<h2>A</h2>\n" });
    expect(rows[2]!.zh).toBe("");
  });
});

describe("glossary links in module text", () => {
  const zh = { hrefBase: "/zh/glossary#term-", terms: [{ id: "tracking-label", text: "追溯标签" }, { id: "recall", text: "召回" }] };
  const en = {
    hrefBase: "/en/glossary#term-",
    terms: [
      { id: "childrens-product", text: "children's product" },
      { id: "cpc", text: "Children's Product Certificate" },
      { id: "recall", text: "recall" },
    ],
  };

  it("links the first occurrence of each term only, Chinese inside a sentence and English as whole words", () => {
    const html = renderWithTermLinks("## 追溯标签\n\n加注追溯标签，便于召回。再说一次追溯标签和召回。", zh);
    expect(html).toContain("<h2>追溯标签</h2>");
    expect(html).toContain('加注<a href="/zh/glossary#term-tracking-label" class="term-link" rel="noopener noreferrer">追溯标签</a>，便于<a href="/zh/glossary#term-recall" class="term-link" rel="noopener noreferrer">召回</a>。');
    expect(html.match(/<a /g)).toHaveLength(2);

    const english = renderWithTermLinks("Recalls of children's products need a Children's Product Certificate, as every children's product does; recalled items too.", en);
    expect(english).toContain('<a href="/en/glossary#term-recall" class="term-link" rel="noopener noreferrer">Recalls</a>');
    // At the same place the longer term wins; the shorter one is linked where it next stands alone.
    expect(english).toContain('<a href="/en/glossary#term-cpc" class="term-link" rel="noopener noreferrer">Children\'s Product Certificate</a>');
    expect(english).toContain('of <a href="/en/glossary#term-childrens-product" class="term-link" rel="noopener noreferrer">children\'s products</a>');
    expect(english).not.toContain(">recalled<");
  });

  it("never links inside headings, links or code, and keeps the text escaped and sanitized", () => {
    const html = renderWithTermLinks("### 召回\n\n[召回页面](https://www.cpsc.gov) `召回` <b>召回</b> 追溯标签 & <script>召回</script>", zh);
    expect(html).toContain("<h3>召回</h3>");
    expect(html).toContain('<a href="https://www.cpsc.gov" rel="noopener noreferrer">召回页面</a>');
    expect(html).toContain("<code>召回</code>");
    expect(html).toContain('<a href="/zh/glossary#term-tracking-label" class="term-link" rel="noopener noreferrer">追溯标签</a> &amp;');
    expect(html).not.toMatch(/<script|<b>/);
  });

  it("links each term once across the blocks of the parallel view", () => {
    const rows = parallelRows("召回一。\n\n召回二。", "A recall.\n\nAnother recall.", { zh, en });
    expect(rows[0]!.zh).toContain('class="term-link"');
    expect(rows[1]!.zh).not.toContain('class="term-link"');
    expect(rows[0]!.en).toContain('class="term-link"');
    expect(rows[1]!.en).not.toContain('class="term-link"');
  });
});
