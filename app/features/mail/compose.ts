import { escapeHtml } from "./escape-html";

/** A paragraph of a mail: text (a bare URL becomes a link), or an inline image attached under `cid`. */
export type Paragraph = string | { image: { cid: string; alt: string; size: number } };

/** The plain-text and HTML bodies of a mail made of paragraphs; every text is escaped. */
export function composeMail(paragraphs: Paragraph[]): { text: string; html: string } {
  const text = paragraphs.filter((paragraph) => typeof paragraph === "string").join("\n\n");
  const html = paragraphs
    .map((paragraph) => {
      if (typeof paragraph !== "string") {
        const { cid, alt, size } = paragraph.image;
        return `<p><img src="cid:${escapeHtml(cid)}" alt="${escapeHtml(alt)}" width="${size}" height="${size}"></p>`;
      }
      const escaped = escapeHtml(paragraph);
      return /^https?:\/\/\S+$/.test(paragraph) ? `<p><a href="${escaped}">${escaped}</a></p>` : `<p>${escaped}</p>`;
    })
    .join("\n");
  return { text, html };
}
