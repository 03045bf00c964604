import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { appUrl } from "~/platform/runtime/env.server";
import type { AchievementType } from "./achievement-types";
import { findAchievementById, PLATFORM_ISSUER, type PublicAchievement } from "./achievements.server";
import { createProof, type DataIntegrityProof } from "./data-integrity.server";
import type { Organization } from "./signature.server";
import { signingKey, type SigningKey } from "./signing-key.server";
import type { VerifiedCertificate } from "./verification.server";

/**
 * Open Badges 3.0 credentials (a W3C Verifiable Credential 2.0 of type
 * OpenBadgeCredential), secured with a Data Integrity proof using the
 * `eddsa-jcs-2022` cryptosuite, so any verifier with the key published at
 * `/issuer` can check it without our code. The JSON is built from the signed
 * certificate row on every request and signed then (decision 0019).
 */

export type Credential = Record<string, unknown> & { "@context": string[]; proof?: DataIntegrityProof[] };

const VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
const OPEN_BADGES_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/** Defines `Multikey`, `controller` and `publicKeyMultibase`. */
const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";
/**
 * Defines `verificationMethod` and `assertionMethod` as terms of the security
 * vocabulary, where a verifier's proof purpose looks for the key; without it
 * a JSON-LD-safe verifier drops them and refuses the proof.
 */
const SECURITY_CONTEXT = "https://w3id.org/security/v2";
const CREDENTIAL_CONTEXTS = [VC_CONTEXT, OPEN_BADGES_CONTEXT];
/** OB 3.0's achievement types; its vocabulary has no "attendance", so a live webinar's is the generic "Achievement". */
const ACHIEVEMENT_KIND = { course: "Course", webinar: "Course", training: "Certificate", live: "Achievement" } as const;

export function issuerId(): string {
  return `${appUrl}/issuer`;
}

export function verificationMethodId(key: SigningKey = signingKey()): string {
  return `${issuerId()}#${key.keyId}`;
}

/** The stable address of what a certificate is awarded for; it answers with the achievement in both languages. */
export function achievementUrl(type: AchievementType, key: string): string {
  return `${appUrl}/achievements/${type}/${encodeURIComponent(key)}`;
}

const bilingual = (text: Organization) => `${text.en} · ${text.zh}`;

function issuerReference() {
  return { id: issuerId(), type: ["Profile"], name: bilingual(PLATFORM_ISSUER), url: appUrl };
}

/** The issuer's profile, which publishes the public key that verifies every credential. */
export function issuerProfile(key: SigningKey = signingKey()) {
  return {
    "@context": [...CREDENTIAL_CONTEXTS, MULTIKEY_CONTEXT, SECURITY_CONTEXT],
    ...issuerReference(),
    verificationMethod: [{ id: verificationMethodId(key), type: "Multikey", controller: issuerId(), publicKeyMultibase: key.publicKeyMultibase }],
    assertionMethod: [verificationMethodId(key)],
  };
}

/** What this one credential attests beyond its achievement: for a certificate of attendance, the date and minutes watched live. */
async function attendanceDescription(certificate: VerifiedCertificate): Promise<string | undefined> {
  if (certificate.minutesAttended == null) return undefined;
  const [en, zh] = await Promise.all([getServerT("en"), getServerT("zh")]);
  const facts = (language: "en" | "zh") => ({ minutes: certificate.minutesAttended, date: formatDate(certificate.completedOn, language) });
  return `${en("certificates.attendance.statement", facts("en"))}\n\n${zh("certificates.attendance.statement", facts("zh"))}`;
}

async function criteriaNarrative(type: AchievementType): Promise<string> {
  const [en, zh] = await Promise.all([getServerT("en"), getServerT("zh")]);
  return `${en(`certificates.achievement.criteria.${type}`)} ${zh(`certificates.achievement.criteria.${type}`)}`;
}

type AchievementFacts = Pick<PublicAchievement, "type" | "key" | "titleZh" | "titleEn" | "issuers"> & { description: string };

/** An OB 3.0 `Achievement`: what the credential is awarded for, by whom, and how it is earned. */
async function achievementObject(achievement: AchievementFacts) {
  return {
    id: achievementUrl(achievement.type, achievement.key),
    type: ["Achievement"],
    achievementType: ACHIEVEMENT_KIND[achievement.type],
    name: bilingual({ en: achievement.titleEn, zh: achievement.titleZh }),
    description: achievement.description,
    criteria: { narrative: await criteriaNarrative(achievement.type) },
    creator: { id: issuerId(), type: ["Profile"], name: achievement.issuers.map((issuer) => issuer.en).join("; ") },
  };
}

function bilingualDescription(achievement: Pick<PublicAchievement, "descriptionEn" | "descriptionZh">): string {
  return `${achievement.descriptionEn}\n\n${achievement.descriptionZh}`;
}

/** The achievement published at its stable address, as JSON-LD. */
export async function achievementDocument(achievement: PublicAchievement) {
  return { "@context": CREDENTIAL_CONTEXTS, ...(await achievementObject({ ...achievement, description: bilingualDescription(achievement) })) };
}

export async function credentialFor(certificate: VerifiedCertificate, key: SigningKey = signingKey()): Promise<Credential> {
  const current = await findAchievementById(certificate.achievementType, certificate.achievementId);
  const achievement = await achievementObject({
    type: certificate.achievementType,
    // A removed course or session keeps its database id as the key, so the address never changes meaning.
    key: current?.key ?? certificate.achievementId,
    titleZh: certificate.titleZh,
    titleEn: certificate.titleEn,
    issuers: certificate.issuers,
    description: current ? bilingualDescription(current) : `${certificate.titleEn} — ${certificate.titleZh}`,
  });
  const description = await attendanceDescription(certificate);
  const unsigned = {
    "@context": CREDENTIAL_CONTEXTS,
    id: `${appUrl}/certificates/${certificate.number}.json`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: bilingual({ en: certificate.titleEn, zh: certificate.titleZh }),
    ...(description ? { description } : {}),
    issuer: issuerReference(),
    validFrom: certificate.issuedAt.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: certificate.holderName }],
      activityEndDate: certificate.completedOn.toISOString(),
      achievement,
    },
    evidence: [{ id: `${appUrl}/en/verify/${certificate.number}`, type: ["Evidence"], name: `Certificate ${certificate.number}` }],
  };
  const proof = createProof(
    unsigned,
    { type: "DataIntegrityProof", cryptosuite: "eddsa-jcs-2022", created: certificate.issuedAt.toISOString(), verificationMethod: verificationMethodId(key), proofPurpose: "assertionMethod" },
    key.privateKey,
  );
  return { ...unsigned, proof: [proof] };
}
