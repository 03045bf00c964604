import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";
import { daysBetween, median, share } from "./stats";

export type CourseHeadline = {
  slug: string;
  title: string;
  enrolments: number;
  completions: number;
  completionRate: number | null;
  medianDaysToComplete: number | null;
};

export type WebinarHeadline = {
  slug: string;
  title: string;
  viewers: number;
  completions: number;
  completionRate: number | null;
};

/** Headline numbers of every active course, in three queries. */
export async function courseHeadlines(language: Language): Promise<CourseHeadline[]> {
  const [courses, enrolments, completed] = await Promise.all([
    db.course.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { id: true, slug: true, titleZh: true, titleEn: true } }),
    db.courseEnrollment.groupBy({ by: ["courseId"], _count: { _all: true } }),
    db.courseEnrollment.findMany({ where: { completedAt: { not: null } }, select: { courseId: true, startedAt: true, completedAt: true } }),
  ]);
  return courses.map((course) => {
    const total = enrolments.find((row) => row.courseId === course.id)?._count._all ?? 0;
    const done = completed.filter((row) => row.courseId === course.id);
    return {
      slug: course.slug,
      title: localized(course, "title", language),
      enrolments: total,
      completions: done.length,
      completionRate: share(done.length, total),
      medianDaysToComplete: median(done.map((row) => daysBetween(row.startedAt, row.completedAt!))),
    };
  });
}

/** Headline numbers of every active webinar, in three queries. */
export async function webinarHeadlines(language: Language): Promise<WebinarHeadline[]> {
  const [webinars, viewers, completions] = await Promise.all([
    db.webinar.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { id: true, slug: true, titleZh: true, titleEn: true } }),
    db.webinarProgress.groupBy({ by: ["webinarId"], where: { watchedSeconds: { gt: 0 } }, _count: { _all: true } }),
    db.webinarProgress.groupBy({ by: ["webinarId"], where: { completedAt: { not: null } }, _count: { _all: true } }),
  ]);
  return webinars.map((webinar) => {
    const watching = viewers.find((row) => row.webinarId === webinar.id)?._count._all ?? 0;
    const done = completions.find((row) => row.webinarId === webinar.id)?._count._all ?? 0;
    return { slug: webinar.slug, title: localized(webinar, "title", language), viewers: watching, completions: done, completionRate: share(done, watching) };
  });
}
