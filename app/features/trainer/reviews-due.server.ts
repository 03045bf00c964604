import { formatDate } from "~/platform/i18n/dates";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";

/** Content not checked against its sources for this long is due for review. */
export const REVIEW_INTERVAL_MONTHS = 12;

export type ReviewKind = "module" | "webinar" | "resource";
export type ReviewDue = { kind: ReviewKind; title: string; href: string; reviewedOn: Date | null; reviewed: string | null };

/** The day before which a review is overdue: REVIEW_INTERVAL_MONTHS before `now`. */
export function reviewCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - REVIEW_INTERVAL_MONTHS);
  return cutoff;
}

/**
 * Active modules, webinars and resources whose last review (`reviewed` in
 * their content files) is more than 12 months old or unknown, the longest
 * overdue first.
 */
export async function reviewsDue(language: Language, now = new Date()): Promise<ReviewDue[]> {
  const due = { OR: [{ reviewedOn: null }, { reviewedOn: { lt: reviewCutoff(now) } }] };
  const [modules, webinars, resources] = await Promise.all([
    db.courseModule.findMany({
      where: { active: true, course: { active: true }, ...due },
      select: { slug: true, titleZh: true, titleEn: true, reviewedOn: true, course: { select: { slug: true } } },
    }),
    db.webinar.findMany({ where: { active: true, ...due }, select: { slug: true, titleZh: true, titleEn: true, reviewedOn: true } }),
    db.resource.findMany({ where: { active: true, ...due }, select: { slug: true, titleZh: true, titleEn: true, reviewedOn: true } }),
  ]);
  const row = (kind: ReviewKind, item: { titleZh: string; titleEn: string; reviewedOn: Date | null }, href: string): ReviewDue => ({
    kind,
    title: localized(item, "title", language),
    href,
    reviewedOn: item.reviewedOn,
    reviewed: item.reviewedOn ? formatDate(item.reviewedOn, language) : null,
  });
  return [
    ...modules.map((module) => row("module", module, `/${language}/courses/${module.course.slug}/${module.slug}`)),
    ...webinars.map((webinar) => row("webinar", webinar, `/${language}/webinars/${webinar.slug}`)),
    ...resources.map((resource) => row("resource", resource, `/${language}/resources/${resource.slug}`)),
  ].sort((a, b) => (a.reviewedOn?.getTime() ?? 0) - (b.reviewedOn?.getTime() ?? 0));
}
