import { marked, type Token } from "marked";
import { escapeHtml } from "~/platform/mail/escape-html";

/** The terms to link in one language's text, and where their glossary entries are (`hrefBase` + id). */
export type TermLinker = { terms: { id: string; text: string }[]; hrefBase: string };

/** Text inside these is never linked: a term in a heading, an existing link or code stays as written. */
const NOT_LINKED = new Set(["heading", "link", "codespan", "code", "html"]);

type Match = { id: string; start: number; end: number };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Chinese terms are found anywhere (no spaces between words); English ones as whole words, optionally plural. */
function finder(text: string): (haystack: string) => { start: number; end: number } | null {
  if (/\p{Script=Han}/u.test(text)) {
    return (haystack) => {
      const start = haystack.indexOf(text);
      return start < 0 ? null : { start, end: start + text.length };
    };
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?:e?s)?(?![\\p{L}\\p{N}])`, "iu");
  return (haystack) => {
    const match = pattern.exec(haystack);
    return match ? { start: match.index, end: match.index + match[0].length } : null;
  };
}

/** The earliest occurrence of a term not linked yet; at the same place the longest term wins. */
function firstMatch(text: string, finders: { id: string; find: ReturnType<typeof finder> }[], used: Set<string>): Match | null {
  let best: Match | null = null;
  for (const { id, find } of finders) {
    if (used.has(id)) continue;
    const found = find(text);
    if (!found) continue;
    if (!best || found.start < best.start || (found.start === best.start && found.end > best.end)) best = { id, ...found };
  }
  return best;
}

/**
 * Links the first occurrence of each term in Markdown tokens (in place) to its
 * glossary entry, skipping headings, links and code. `used` carries the terms
 * already linked across calls, so a text rendered in blocks (the parallel
 * view) still links each term once.
 */
export function linkFirstTerms(tokens: Token[], linker: TermLinker, used: Set<string>): void {
  const finders = linker.terms.map((term) => ({ id: term.id, find: finder(term.text) }));
  const excluded = new Set<Token>();
  marked.walkTokens(tokens, (token) => {
    if (NOT_LINKED.has(token.type)) marked.walkTokens([token], (inner) => void excluded.add(inner));
  });
  marked.walkTokens(tokens, (token) => {
    if (token.type !== "text" || excluded.has(token) || ("tokens" in token && token.tokens) || ("escaped" in token && token.escaped)) return;
    let rest = token.text;
    let html = "";
    for (let match = firstMatch(rest, finders, used); match; match = firstMatch(rest, finders, used)) {
      used.add(match.id);
      const href = `${linker.hrefBase}${encodeURIComponent(match.id)}`;
      html += `${escapeHtml(rest.slice(0, match.start))}<a href="${escapeHtml(href)}" class="term-link">${escapeHtml(rest.slice(match.start, match.end))}</a>`;
      rest = rest.slice(match.end);
    }
    if (!html) return;
    Object.assign(token, { text: html + escapeHtml(rest), escaped: true });
  });
}
