import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { memoizeByText } from "~/lib/memoize-by-text";

/** Tags course Markdown may produce; anything else (raw HTML, scripts, images) is removed. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "del", "code", "pre", "blockquote", "br", "hr", "a", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
};

/** Markdown → sanitized HTML; course content changes rarely, so each text is rendered once per process. */
export const renderMarkdown = memoizeByText((markdown: string): string => {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, SANITIZE);
});

/** Top-level blocks: the units the parallel view aligns (content is written block for block). */
export function splitBlocks(markdown: string): string[] {
  return markdown
    .trim()
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

export type ParallelRow = { zh: string; en: string };

/** Chinese and English block by block, rendered; a language with fewer blocks leaves cells empty. */
export function parallelRows(zh: string, en: string): ParallelRow[] {
  const zhBlocks = splitBlocks(zh);
  const enBlocks = splitBlocks(en);
  return Array.from({ length: Math.max(zhBlocks.length, enBlocks.length) }, (_, index) => ({
    zh: renderMarkdown(zhBlocks[index] ?? ""),
    en: renderMarkdown(enBlocks[index] ?? ""),
  }));
}
