import type { MetaDescriptor, MetaFunction } from "@remix-run/node";
import type { Language } from "~/platform/i18n/languages";
import { errorKind, type ErrorKind } from "./error-kind";

/** What every page's description and Open Graph tags fall back to, in the page's language (root loader data). */
export type SiteMeta = { language: Language; name: string; description: string; url: string };

type PageData = { title?: unknown; description?: unknown } | undefined;

const OG_LOCALE = { zh: "zh_CN", en: "en_US" } as const;
const DESCRIPTION_LENGTH = 200;

/** One line of at most 200 characters, as previews in WeChat and mail show it. */
function shortDescription(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= DESCRIPTION_LENGTH ? line : `${line.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…`;
}

/**
 * Routes whose loader returns a translated `title` (and, where the page has
 * one, a `description`) use this as their `meta`: the title, a localized
 * description (the page's own, else the site's) and the Open Graph tags that
 * link previews in WeChat, mail and chat apps read.
 */
export const titleFromLoader: MetaFunction = (args) => {
  const { data, matches, location, error } = args;
  if (error) return errorMeta(args);
  const page = data as PageData;
  if (typeof page?.title !== "string") return [];
  const site = (matches.find((match) => match.id === "root")?.data as { site?: SiteMeta } | undefined)?.site;
  const text = typeof page.description === "string" && page.description.trim() ? page.description : site?.description;
  const description = text ? shortDescription(text) : null;
  const tags: MetaDescriptor[] = [{ title: page.title }, { property: "og:title", content: page.title }, { property: "og:type", content: "website" }];
  if (description) tags.push({ name: "description", content: description }, { property: "og:description", content: description });
  if (site) {
    tags.push(
      { property: "og:site_name", content: site.name },
      { property: "og:locale", content: OG_LOCALE[site.language] },
      { property: "og:url", content: `${site.url}${location.pathname}` },
      { property: "og:image", content: `${site.url}/og-image.png` },
    );
  }
  return tags;
};

/**
 * The `<title>` of an error page shown by a route's own error boundary: the
 * root layout only sees the root's errors, so the route's `meta` (which
 * Remix calls with the error) names it, from the root loader's translated
 * titles. Routes using `titleFromLoader` get it; a layout with an error
 * boundary and no title of its own uses this as its `meta`.
 */
export const errorMeta: MetaFunction = ({ error, matches }) => {
  if (!error) return [];
  const titles = (matches.find((match) => match.id === "root")?.data as { errorTitles?: Record<ErrorKind, string> } | undefined)?.errorTitles;
  return titles ? [{ title: titles[errorKind(error)] }] : [];
};
