/**
 * Certificate numbers: 12 characters of Crockford's base32 (no I, L, O, U),
 * shown as XXXX-XXXX-XXXX. 60 random bits: short enough to read aloud over
 * the phone, far too many to guess, and easy to type: lower case, spaces,
 * missing dashes and the look-alikes O/I/L are accepted.
 */
export const NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const NUMBER_LENGTH = 12;

export function formatCertificateNumber(compact: string): string {
  return compact.match(/.{1,4}/g)?.join("-") ?? compact;
}

/** The number for headings: non-breaking hyphens keep it on one line. */
export function unbrokenNumber(number: string): string {
  return number.replace(/-/g, "\u2011");
}

/** The canonical XXXX-XXXX-XXXX form of what someone typed, or null when it cannot be a number. */
export function normalizeCertificateNumber(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-\u2010\u2011–—_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (compact.length !== NUMBER_LENGTH) return null;
  if ([...compact].some((character) => !NUMBER_ALPHABET.includes(character))) return null;
  return formatCertificateNumber(compact);
}
