import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { linkFirstTerms, type TermLinker } from "~/features/glossary/term-links";
import { memoizeByText } from "~/platform/text/memoize-by-text";

/** Tags course Markdown may produce; anything else (raw HTML, scripts, images) is removed. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "del", "code", "pre", "blockquote", "br", "hr", "a", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel", "class"], ol: ["start"] },
  allowedClasses: { a: ["term-link"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
};

/** Markdown → sanitized HTML, with the first occurrence of each glossary term linked when a linker is given. */
function render(markdown: string, linker?: TermLinker, used: Set<string> = new Set()): string {
  const tokens = marked.lexer(markdown, { gfm: true });
  if (linker) linkFirstTerms(tokens, linker, used);
  return sanitizeHtml(marked.parser(tokens, { gfm: true }), SANITIZE);
}

/** Markdown → sanitized HTML; course content changes rarely, so each text is rendered once per process. */
export const renderMarkdown = memoizeByText((markdown: string): string => render(markdown));

/** Cached by the text and the linker together (the key is their JSON), as the glossary can change while the text does not. */
const renderLinkedByKey = memoizeByText((key: string): string => {
  const { markdown, linker } = JSON.parse(key) as { markdown: string; linker: TermLinker };
  return render(markdown, linker);
});

/** Module text: rendered like renderMarkdown, with each glossary term's first occurrence linked to its entry. */
export function renderWithTermLinks(markdown: string, linker: TermLinker): string {
  return renderLinkedByKey(JSON.stringify({ markdown, linker }));
}

/** Top-level blocks: the units the parallel view aligns (content is written block for block). */
export function splitBlocks(markdown: string): string[] {
  return markdown
    .trim()
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

export type ParallelRow = { zh: string; en: string };

function parallelRowsNow(zh: string, en: string, linkers?: { zh: TermLinker; en: TermLinker }): ParallelRow[] {
  const zhBlocks = splitBlocks(zh);
  const enBlocks = splitBlocks(en);
  const used = { zh: new Set<string>(), en: new Set<string>() };
  return Array.from({ length: Math.max(zhBlocks.length, enBlocks.length) }, (_, index) => ({
    zh: render(zhBlocks[index] ?? "", linkers?.zh, used.zh),
    en: render(enBlocks[index] ?? "", linkers?.en, used.en),
  }));
}

const parallelRowsByKey = memoizeByText((key: string): ParallelRow[] => {
  const { zh, en, linkers } = JSON.parse(key) as { zh: string; en: string; linkers?: { zh: TermLinker; en: TermLinker } };
  return parallelRowsNow(zh, en, linkers);
});

/**
 * Chinese and English block by block, rendered; a language with fewer blocks
 * leaves cells empty. With linkers, each language links a term's first
 * occurrence in the whole text, not in every block.
 */
export function parallelRows(zh: string, en: string, linkers?: { zh: TermLinker; en: TermLinker }): ParallelRow[] {
  return parallelRowsByKey(JSON.stringify({ zh, en, linkers }));
}
