import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";
import type { AchievementType } from "./achievement-types";

export type HeldCertificate = { number: string; type: string; title: string; completedOn: Date; revokedAt: Date | null };

/** The signed-in person's certificates, newest first. */
export async function heldCertificates(userId: string, language: Language): Promise<HeldCertificate[]> {
  const rows = await db.certificate.findMany({ where: { userId }, orderBy: { issuedAt: "desc" } });
  return rows.map((row) => ({
    number: row.number,
    type: row.achievementType,
    title: localized(row, "title", language),
    completedOn: row.completedOn,
    revokedAt: row.revokedAt,
  }));
}

/** The number of the holder's certificate for one achievement, for completion screens. */
export async function certificateNumberFor(userId: string, type: AchievementType, achievementId: string): Promise<string | null> {
  const row = await db.certificate.findUnique({
    where: { userId_achievementType_achievementId: { userId, achievementType: type, achievementId } },
    select: { number: true, revokedAt: true },
  });
  return row && !row.revokedAt ? row.number : null;
}
