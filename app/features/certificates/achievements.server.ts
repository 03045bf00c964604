import { db, type Tx } from "~/platform/db/db.server";
import { parseJsonList } from "~/platform/db/json-list";
import type { AchievementType } from "./achievement-types";
import type { Organization } from "./signature.server";

/** This platform, which issues every certificate. */
export const PLATFORM_ISSUER: Organization = { zh: "产品安全培训平台", en: "Product Safety Training" };

/** Full names of the organizations that co-host trainings, by the codes sessions store. */
const KNOWN_ORGANIZERS: Record<string, Organization> = {
  CPSC: { zh: "美国消费品安全委员会（CPSC）", en: "U.S. Consumer Product Safety Commission (CPSC)" },
  ACCC: { zh: "澳大利亚竞争与消费者委员会（ACCC）", en: "Australian Competition and Consumer Commission (ACCC)" },
};

export function organizerName(code: string): Organization {
  return KNOWN_ORGANIZERS[code] ?? { zh: code, en: code };
}

export type Achievement = { titleZh: string; titleEn: string; issuers: Organization[] };

/** What a certificate for this course, webinar, training or live webinar says it was awarded for, and by whom. */
export async function describeAchievement(tx: Tx, type: AchievementType, id: string): Promise<Achievement | null> {
  if (type === "course") {
    const course = await tx.course.findUnique({ where: { id }, select: { titleZh: true, titleEn: true } });
    return course && { ...course, issuers: [PLATFORM_ISSUER] };
  }
  if (type === "webinar") {
    const webinar = await tx.webinar.findUnique({ where: { id }, select: { titleZh: true, titleEn: true } });
    return webinar && { ...webinar, issuers: [PLATFORM_ISSUER] };
  }
  if (type === "live") {
    const live = await tx.liveWebinar.findUnique({ where: { id }, select: { titleZh: true, titleEn: true } });
    return live && { ...live, issuers: [PLATFORM_ISSUER] };
  }
  const session = await tx.trainingSession.findUnique({ where: { id }, select: { titleZh: true, titleEn: true, organizers: true } });
  return session && { titleZh: session.titleZh, titleEn: session.titleEn, issuers: [PLATFORM_ISSUER, ...parseJsonList(session.organizers).map(organizerName)] };
}

/** An achievement as the public sees it at its stable address, `/achievements/{type}/{key}`. */
export type PublicAchievement = Achievement & {
  type: AchievementType;
  /** Stable across renames: the course or webinar slug, the training's or live webinar's code. */
  key: string;
  descriptionZh: string;
  descriptionEn: string;
  /** The course, webinar, training or live webinar page, without the language segment. */
  pagePath: string;
};

/** Looks an achievement up by its stable key (never by its title). */
export async function findAchievementByKey(type: AchievementType, key: string): Promise<PublicAchievement | null> {
  return findAchievement(type, type === "training" || type === "live" ? { code: key } : { slug: key });
}

/** The same, by the database id a certificate stores. */
export async function findAchievementById(type: AchievementType, id: string): Promise<PublicAchievement | null> {
  return findAchievement(type, { id });
}

async function findAchievement(type: AchievementType, where: { id: string } | { slug: string } | { code: string }): Promise<PublicAchievement | null> {
  if (type === "course") {
    if ("code" in where) return null;
    const course = await db.course.findUnique({ where, select: { slug: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true } });
    return course && { type, key: course.slug, titleZh: course.titleZh, titleEn: course.titleEn, descriptionZh: course.summaryZh, descriptionEn: course.summaryEn, issuers: [PLATFORM_ISSUER], pagePath: `/courses/${course.slug}` };
  }
  if (type === "webinar") {
    if ("code" in where) return null;
    const webinar = await db.webinar.findUnique({ where, select: { slug: true, titleZh: true, titleEn: true, descriptionZh: true, descriptionEn: true } });
    return webinar && { type, key: webinar.slug, ...webinar, issuers: [PLATFORM_ISSUER], pagePath: `/webinars/${webinar.slug}` };
  }
  if (type === "live") {
    if ("slug" in where) return null;
    const live = await db.liveWebinar.findUnique({ where, select: { id: true, code: true, titleZh: true, titleEn: true, descriptionZh: true, descriptionEn: true } });
    return live && { type, key: live.code, titleZh: live.titleZh, titleEn: live.titleEn, descriptionZh: live.descriptionZh, descriptionEn: live.descriptionEn, issuers: [PLATFORM_ISSUER], pagePath: `/live/${live.id}` };
  }
  if ("slug" in where) return null;
  const session = await db.trainingSession.findUnique({ where, select: { id: true, code: true, titleZh: true, titleEn: true, descriptionZh: true, descriptionEn: true, organizers: true } });
  return (
    session && {
      type,
      key: session.code,
      titleZh: session.titleZh,
      titleEn: session.titleEn,
      descriptionZh: session.descriptionZh,
      descriptionEn: session.descriptionEn,
      issuers: [PLATFORM_ISSUER, ...parseJsonList(session.organizers).map(organizerName)],
      pagePath: `/trainings/${session.id}`,
    }
  );
}
