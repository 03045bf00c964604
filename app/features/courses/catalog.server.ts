import { db } from "~/platform/db/db.server";
import type { Language } from "~/platform/i18n/languages";
import { isAudience, isCategory, type Audience, type Category } from "~/platform/content/vocabulary";
import { localized } from "~/platform/i18n/localized";
import { parseJsonList } from "~/platform/db/json-list";

export type CatalogFilters = { category: Category | null; audience: Audience | null };

/** Unknown filter values are ignored rather than failing the page. */
export function readCatalogFilters(url: URL): CatalogFilters {
  const category = url.searchParams.get("category") ?? "";
  const audience = url.searchParams.get("audience") ?? "";
  return { category: isCategory(category) ? category : null, audience: isAudience(audience) ? audience : null };
}

export type CatalogCard = {
  slug: string;
  title: string;
  summary: string;
  category: string;
  audiences: string[];
  estimatedMinutes: number;
  moduleCount: number;
  progress: { completedModules: number; completed: boolean; started: boolean } | null;
};

/** Active courses matching the filters, with the signed-in learner's progress (three queries, no N+1). */
export async function listCatalog(language: Language, filters: CatalogFilters, userId: string | null): Promise<CatalogCard[]> {
  const courses = await db.course.findMany({
    where: { active: true, ...(filters.category ? { category: filters.category } : {}) },
    orderBy: { position: "asc" },
    include: { modules: { where: { active: true }, select: { id: true } } },
  });
  const visible = courses.filter((course) => !filters.audience || parseJsonList(course.audiences).includes(filters.audience));
  const [enrollments, completedModules] = userId
    ? await Promise.all([
        db.courseEnrollment.findMany({ where: { userId }, select: { courseId: true, completedAt: true } }),
        db.moduleProgress.findMany({ where: { userId, completedAt: { not: null }, module: { active: true } }, select: { moduleId: true } }),
      ])
    : [[], []];
  const done = new Set(completedModules.map((row) => row.moduleId));
  const enrolled = new Map(enrollments.map((row) => [row.courseId, row]));
  return visible.map((course) => {
    const enrollment = enrolled.get(course.id);
    return {
      slug: course.slug,
      title: localized(course, "title", language),
      summary: localized(course, "summary", language),
      category: course.category,
      audiences: parseJsonList(course.audiences),
      estimatedMinutes: course.estimatedMinutes,
      moduleCount: course.modules.length,
      progress: userId
        ? {
            completedModules: course.modules.filter((module) => done.has(module.id)).length,
            completed: Boolean(enrollment?.completedAt),
            started: Boolean(enrollment),
          }
        : null,
    };
  });
}
