import { isCategory } from "~/platform/content/vocabulary";
import type { Category } from "~/platform/content/vocabulary";
import type { Language } from "~/platform/i18n/languages";
import { contentReview } from "~/platform/content/content-review.server";
import { db } from "~/platform/db/db.server";
import { parseJsonList } from "~/platform/db/json-list";
import { localized } from "~/platform/i18n/localized";
import type { ResourceKind } from "./content/schema";
import { isResourceKind } from "./kinds";
import { matchesAll, searchTerms } from "./search-text";
import { notFound } from "~/platform/http/responses";

export type LibraryFilters = { q: string; category: Category | null; kind: ResourceKind | null };

/** Unknown filter values are ignored; the query is kept as typed (at most 100 characters). */
export function readLibraryFilters(url: URL): LibraryFilters {
  const category = url.searchParams.get("category") ?? "";
  const kind = url.searchParams.get("kind") ?? "";
  return {
    q: (url.searchParams.get("q") ?? "").trim().slice(0, 100),
    category: isCategory(category) ? category : null,
    kind: isResourceKind(kind) ? kind : null,
  };
}

export type ResourceCard = { slug: string; title: string; summary: string; category: string; kind: string };

/**
 * Active resources matching the filters. Every search term must occur in the
 * resource's normalized text of both languages (substring match, so Chinese
 * needs no spaces). The database narrows the rows with a portable `contains`
 * (LIKE) on the parts of each term between LIKE's wildcard characters, which
 * Prisma does not escape; the exact check is then done here.
 */
export async function searchLibrary(language: Language, filters: LibraryFilters): Promise<ResourceCard[]> {
  const terms = searchTerms(filters.q);
  const rows = await db.resource.findMany({
    where: {
      active: true,
      ...(filters.category ? { category: filters.category } : {}),
      ...(filters.kind ? { kind: filters.kind } : {}),
      AND: terms.flatMap((term) => term.split(/[%_]+/).filter(Boolean)).map((part) => ({ searchText: { contains: part } })),
    },
    orderBy: { position: "asc" },
  });
  return rows
    .filter((row) => matchesAll(row.searchText, terms))
    .map((row) => ({
    slug: row.slug,
    title: localized(row, "title", language),
    summary: localized(row, "summary", language),
    category: row.category,
    kind: row.kind,
  }));
}

/** One active resource with the active courses and webinars it links to; a 404 otherwise. */
export async function requireResource(slug: string | undefined, language: Language) {
  const resource = slug ? await db.resource.findFirst({ where: { slug, active: true } }) : null;
  if (!resource) throw notFound();
  const [courses, webinars] = await Promise.all([
    db.course.findMany({ where: { active: true, slug: { in: parseJsonList(resource.relatedCourses) } }, orderBy: { position: "asc" } }),
    db.webinar.findMany({ where: { active: true, slug: { in: parseJsonList(resource.relatedWebinars) } }, orderBy: { position: "asc" } }),
  ]);
  return {
    slug: resource.slug,
    category: resource.category,
    kind: resource.kind,
    title: localized(resource, "title", language),
    summary: localized(resource, "summary", language),
    body: localized(resource, "body", language),
    review: contentReview(resource, language),
    courses: courses.map((course) => ({ slug: course.slug, title: localized(course, "title", language) })),
    webinars: webinars.map((webinar) => ({ slug: webinar.slug, title: localized(webinar, "title", language) })),
  };
}
