import crypto from "node:crypto";

// Crockford base32 without I, L, O, U: easy to read aloud and type at the door.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 random symbols (80 bits), shown as XXXX-XXXX-XXXX-XXXX. */
export function newTicketCode(): string {
  const bytes = crypto.randomBytes(16);
  const symbols = [...bytes].map((byte) => ALPHABET[byte % 32]).join("");
  return symbols.match(/.{4}/g)!.join("-");
}

/** Accepts what a person types or a scanner reads: any case, spaces or dashes, O for 0, I/L for 1. */
export function normalizeTicketCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(cleaned)) return null;
  return cleaned.match(/.{4}/g)!.join("-");
}
