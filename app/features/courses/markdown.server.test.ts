import { describe, expect, it } from "vitest";
import { parallelRows, renderMarkdown, splitBlocks } from "./markdown.server";

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
