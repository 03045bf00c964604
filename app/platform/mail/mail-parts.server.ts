import { appUrl } from "~/platform/runtime/env.server";
import { withoutHiddenCharacters } from "~/platform/text/hidden-characters";
import { escapeHtml } from "./escape-html";

/**
 * Text a person typed (a name, a company, a session's title or venue) as it
 * goes into a mail: without invisible control characters, and with a
 * zero-width space after each `.` `:` `@` and `/`, so that no mail program
 * turns "http://evil.example" or "www.evil.example" into a link in a
 * message sent from our address. The reader sees the text unchanged.
 */
export function userText(text: string): string {
  return withoutHiddenCharacters(text).replace(/[.:@/]/g, (character) => `${character}\u200B`);
}

/** A paragraph of a mail: text (escaped in HTML), a link to a page of this site, or an attached image (HTML only). */
export type MailParagraph = string | { link: string } | { image: { cid: string; alt: string; size: number } };

/**
 * A link to a page of this site, the only kind a mail may carry.
 * @throws when the URL is not under APP_URL
 */
export function siteLink(url: string): { link: string } {
  if (!url.startsWith(`${appUrl}/`)) throw new Error(`a mail may only link to ${appUrl}, not to ${url}`);
  return { link: url };
}

/** The plain-text and HTML parts of a mail: every paragraph's text escaped; links only where a paragraph is a site link. */
export function mailParts(paragraphs: MailParagraph[]): { text: string; html: string } {
  const text = paragraphs
    .flatMap((paragraph) => (typeof paragraph === "string" ? [paragraph] : "link" in paragraph ? [paragraph.link] : []))
    .join("\n\n");
  const html = paragraphs
    .map((paragraph) => {
      if (typeof paragraph === "string") return `<p>${escapeHtml(paragraph)}</p>`;
      if ("link" in paragraph) return `<p><a href="${escapeHtml(paragraph.link)}">${escapeHtml(paragraph.link)}</a></p>`;
      const { cid, alt, size } = paragraph.image;
      return `<p><img src="cid:${escapeHtml(cid)}" alt="${escapeHtml(alt)}" width="${size}" height="${size}"></p>`;
    })
    .join("\n");
  return { text, html };
}
