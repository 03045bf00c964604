import LinkifyIt from "linkify-it";
import { describe, expect, it } from "vitest";
import { appUrl } from "~/platform/runtime/env.server";
import { mailParts, siteLink, userText } from "./mail-parts.server";

const linkify = new LinkifyIt();

describe("mail text", () => {
  it("never lets a name become a link, for an independent link finder", () => {
    for (const name of ["http://evil.example", "https://evil.example/pay", "www.evil.com", "evil.com", "pay@evil.com", "Acme (acme.com.cn)"]) {
      expect(linkify.match(name), name).not.toBeNull();
      expect(linkify.match(userText(name)), name).toBeNull();
      expect(userText(name).replaceAll("\u200B", "")).toBe(name);
    }
    expect(userText("Li\u202EWei\u0000")).toBe("LiWei");
  });

  it("links only to pages of this site, and escapes every text", () => {
    const { text, html } = mailParts(["<b>Hi</b> & welcome", siteLink(`${appUrl}/en/trainings/1`)]);
    expect(html).toBe(`<p>&lt;b&gt;Hi&lt;/b&gt; &amp; welcome</p>\n<p><a href="${appUrl}/en/trainings/1">${appUrl}/en/trainings/1</a></p>`);
    expect(text).toBe(`<b>Hi</b> & welcome\n\n${appUrl}/en/trainings/1`);
    expect(() => siteLink("http://evil.example/")).toThrow();
    expect(() => siteLink(`${appUrl}.evil.example/`)).toThrow();
  });
});
