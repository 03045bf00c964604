import type { Tx } from "~/features/server/db.server";
import { parseJsonList } from "~/lib/json-list";
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

/** What a certificate for this course, webinar or training says it was awarded for, and by whom. */
export async function describeAchievement(tx: Tx, type: AchievementType, id: string): Promise<Achievement | null> {
  if (type === "course") {
    const course = await tx.course.findUnique({ where: { id }, select: { titleZh: true, titleEn: true } });
    return course && { ...course, issuers: [PLATFORM_ISSUER] };
  }
  if (type === "webinar") {
    const webinar = await tx.webinar.findUnique({ where: { id }, select: { titleZh: true, titleEn: true } });
    return webinar && { ...webinar, issuers: [PLATFORM_ISSUER] };
  }
  const session = await tx.trainingSession.findUnique({ where: { id }, select: { titleZh: true, titleEn: true, organizers: true } });
  return session && { titleZh: session.titleZh, titleEn: session.titleEn, issuers: [PLATFORM_ISSUER, ...parseJsonList(session.organizers).map(organizerName)] };
}
