import crypto from "node:crypto";
import { formatCertificateNumber, NUMBER_ALPHABET, NUMBER_LENGTH } from "./certificate-number";

/** A new random certificate number (60 bits from the system's CSPRNG). */
export function newCertificateNumber(): string {
  const bytes = crypto.randomBytes(NUMBER_LENGTH);
  // 256 is a multiple of 32, so taking each byte modulo 32 is unbiased.
  const compact = [...bytes].map((byte) => NUMBER_ALPHABET[byte % NUMBER_ALPHABET.length]).join("");
  return formatCertificateNumber(compact);
}
