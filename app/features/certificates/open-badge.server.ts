import crypto, { type KeyObject } from "node:crypto";
import { appUrl } from "~/features/server/env.server";
import { base58btc, fromBase58btc } from "./base58";
import { canonicalJson } from "./canonical-json";
import { PLATFORM_ISSUER } from "./achievements.server";
import { signingKey, type SigningKey } from "./signing-key.server";
import type { VerifiedCertificate } from "./verification.server";

/**
 * Open Badges 3.0 credentials (a W3C Verifiable Credential of type
 * OpenBadgeCredential), secured with a Data Integrity proof using the
 * `eddsa-jcs-2022` cryptosuite: JSON Canonicalization + Ed25519, so any
 * verifier with the published key can check it without our code.
 */

export type Credential = Record<string, unknown> & { "@context": string[] };
export type Proof = {
  type: "DataIntegrityProof";
  cryptosuite: "eddsa-jcs-2022";
  created: string;
  verificationMethod: string;
  proofPurpose: "assertionMethod";
  proofValue?: string;
};

const CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];
const ACHIEVEMENT_KIND = { course: "Course", webinar: "Course", training: "Certificate" } as const;

export function issuerId(): string {
  return `${appUrl}/issuer`;
}

export function verificationMethodId(key: SigningKey = signingKey()): string {
  return `${issuerId()}#${key.keyId}`;
}

/** The issuer's profile, which publishes the public key that verifies every credential. */
export function issuerProfile(key: SigningKey = signingKey()) {
  return {
    "@context": [...CONTEXTS, "https://w3id.org/security/multikey/v1"],
    id: issuerId(),
    type: ["Profile"],
    name: `${PLATFORM_ISSUER.en} · ${PLATFORM_ISSUER.zh}`,
    url: appUrl,
    verificationMethod: [
      {
        id: verificationMethodId(key),
        type: "Multikey",
        controller: issuerId(),
        publicKeyMultibase: key.publicKeyMultibase,
      },
    ],
    assertionMethod: [verificationMethodId(key)],
  };
}

export function credentialFor(certificate: VerifiedCertificate, key: SigningKey = signingKey()): Credential {
  const verifyUrl = `${appUrl}/en/verify/${certificate.number}`;
  const unsigned: Credential = {
    "@context": CONTEXTS,
    id: `${appUrl}/certificates/${certificate.number}.json`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: `${certificate.titleEn} · ${certificate.titleZh}`,
    issuer: { id: issuerId(), type: ["Profile"], name: `${PLATFORM_ISSUER.en} · ${PLATFORM_ISSUER.zh}`, url: appUrl },
    validFrom: certificate.issuedAt.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: certificate.holderName }],
      activityEndDate: certificate.completedOn.toISOString(),
      achievement: {
        id: `${appUrl}/achievements/${certificate.achievementType}/${encodeURIComponent(certificate.titleEn)}`,
        type: ["Achievement"],
        achievementType: ACHIEVEMENT_KIND[certificate.achievementType],
        name: `${certificate.titleEn} · ${certificate.titleZh}`,
        description: `${certificate.titleEn} — ${certificate.titleZh}`,
        criteria: { narrative: criteriaFor(certificate.achievementType) },
        creator: { id: issuerId(), type: ["Profile"], name: certificate.issuers.map((issuer) => issuer.en).join("; ") },
      },
    },
    evidence: [{ id: verifyUrl, type: ["Evidence"], name: `Certificate ${certificate.number}` }],
  };
  return { ...unsigned, proof: createProof(unsigned, certificate.issuedAt, key) };
}

function criteriaFor(type: VerifiedCertificate["achievementType"]): string {
  if (type === "course") return "Completed every module of the course and passed each module quiz. 完成课程全部单元并通过各单元测验。";
  if (type === "webinar") return "Watched the required share of the recorded webinar and passed its final quiz. 观看网络研讨会达到要求比例并通过结业测验。";
  return "Attended the in-person training, as recorded by its trainers. 经培训讲师记录，出席了现场培训。";
}

function hashData(document: Record<string, unknown>, proofConfig: Proof & { "@context": unknown }): Buffer {
  const proofHash = crypto.createHash("sha256").update(canonicalJson(proofConfig)).digest();
  const documentHash = crypto.createHash("sha256").update(canonicalJson(document)).digest();
  return Buffer.concat([proofHash, documentHash]);
}

function createProof(document: Credential, created: Date, key: SigningKey): Proof {
  const proof: Proof = {
    type: "DataIntegrityProof",
    cryptosuite: "eddsa-jcs-2022",
    created: created.toISOString(),
    verificationMethod: verificationMethodId(key),
    proofPurpose: "assertionMethod",
  };
  const signature = crypto.sign(null, hashData(document, { ...proof, "@context": document["@context"] }), key.privateKey);
  return { ...proof, proofValue: `z${base58btc(signature)}` };
}

/** Checks an `eddsa-jcs-2022` proof with a public key, as any verifier would. */
export function verifyCredentialProof(credential: Credential, publicKey: KeyObject): boolean {
  const { proof, ...document } = credential as Credential & { proof?: Proof };
  if (!proof || proof.cryptosuite !== "eddsa-jcs-2022" || !proof.proofValue?.startsWith("z")) return false;
  const { proofValue, ...options } = proof;
  try {
    const signature = fromBase58btc(proofValue.slice(1));
    return crypto.verify(null, hashData(document, { ...options, "@context": document["@context"] }), publicKey, signature);
  } catch {
    return false;
  }
}

/** The Ed25519 public key in a Multikey's `publicKeyMultibase`. */
export function publicKeyFromMultibase(multibase: string): KeyObject {
  const bytes = fromBase58btc(multibase.replace(/^z/, ""));
  if (bytes[0] !== 0xed || bytes[1] !== 0x01 || bytes.length !== 34) throw new Error("not an Ed25519 Multikey");
  return crypto.createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(bytes.slice(2)).toString("base64url") }, format: "jwk" });
}
