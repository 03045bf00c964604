import crypto from "node:crypto";
import { canonicalJson } from "./canonical-json";
import { signingKey, type SigningKey } from "./signing-key.server";

export type Organization = { zh: string; en: string };

/** Everything a certificate states, and so everything its signature covers. */
export type CertificateFields = {
  number: string;
  holderName: string;
  achievementType: string;
  achievementId: string;
  titleZh: string;
  titleEn: string;
  issuers: Organization[];
  completedOn: Date;
  issuedAt: Date;
  /** A live webinar's certificate of attendance: whole minutes watched while it was on air. */
  minutesAttended?: number | null;
};

/** A stored row: the same fields, with the issuers as JSON text. */
export type StoredCertificate = Omit<CertificateFields, "issuers"> & { issuers: string; signature: string; keyId: string };

function signedBytes(fields: CertificateFields): Buffer {
  return Buffer.from(
    canonicalJson({
      version: 1,
      number: fields.number,
      holderName: fields.holderName,
      achievementType: fields.achievementType,
      achievementId: fields.achievementId,
      titleZh: fields.titleZh,
      titleEn: fields.titleEn,
      issuers: fields.issuers.map((issuer) => ({ zh: issuer.zh, en: issuer.en })),
      completedOn: fields.completedOn.toISOString(),
      issuedAt: fields.issuedAt.toISOString(),
      // Only certificates of attendance carry it, so every earlier signature stays valid.
      ...(fields.minutesAttended == null ? {} : { minutesAttended: fields.minutesAttended }),
    }),
    "utf8",
  );
}

export function signCertificate(fields: CertificateFields, key: SigningKey = signingKey()): { signature: string; keyId: string } {
  return { signature: crypto.sign(null, signedBytes(fields), key.privateKey).toString("base64url"), keyId: key.keyId };
}

export function parseIssuers(json: string): Organization[] | null {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return null;
    const valid = value.every((item) => item && typeof item.zh === "string" && typeof item.en === "string");
    return valid ? (value as Organization[]) : null;
  } catch {
    return null;
  }
}

/** True only when the stored fields are exactly those the site's key signed. */
export function hasValidSignature(row: StoredCertificate, key: SigningKey = signingKey()): boolean {
  const issuers = parseIssuers(row.issuers);
  if (!issuers || row.keyId !== key.keyId) return false;
  try {
    return crypto.verify(null, signedBytes({ ...row, issuers }), key.publicKey, Buffer.from(row.signature, "base64url"));
  } catch {
    return false;
  }
}
