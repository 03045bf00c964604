import { db } from "~/platform/db/db.server";
import { isAchievementType, type AchievementType } from "./achievement-types";
import { hasValidSignature, parseIssuers, type Organization } from "./signature.server";

export type VerifiedCertificate = {
  number: string;
  holderName: string;
  achievementType: AchievementType;
  /** The course, webinar, training session or live webinar's database id. */
  achievementId: string;
  titleZh: string;
  titleEn: string;
  issuers: Organization[];
  completedOn: Date;
  issuedAt: Date;
  /** Only on a live webinar's certificate of attendance. */
  minutesAttended?: number | null;
};

export type Verification =
  | { status: "notFound"; number: string }
  /** The stored record does not match its signature: nothing in it can be trusted, so nothing is shown. */
  | { status: "invalid"; number: string }
  | { status: "valid"; certificate: VerifiedCertificate }
  | { status: "revoked"; certificate: VerifiedCertificate; revokedAt: Date; reason: string };

/** Looks a number up and checks its signature, every time. */
export async function verifyCertificate(number: string): Promise<Verification> {
  const row = await db.certificate.findUnique({ where: { number } });
  if (!row) return { status: "notFound", number };
  const issuers = parseIssuers(row.issuers);
  if (!issuers || !isAchievementType(row.achievementType) || !hasValidSignature(row)) return { status: "invalid", number };
  const certificate: VerifiedCertificate = {
    number: row.number,
    holderName: row.holderName,
    achievementType: row.achievementType,
    achievementId: row.achievementId,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    issuers,
    completedOn: row.completedOn,
    issuedAt: row.issuedAt,
    minutesAttended: row.minutesAttended,
  };
  if (row.revokedAt) return { status: "revoked", certificate, revokedAt: row.revokedAt, reason: row.revokedReason ?? "" };
  return { status: "valid", certificate };
}
