import crypto from "node:crypto";

// Crockford base32 without I, L, O, U: easy to read aloud and type at the door.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 random symbols (80 bits), shown as XXXX-XXXX-XXXX-XXXX. */
export function newTicketCode(): string {
  const bytes = crypto.randomBytes(16);
  const symbols = [...bytes].map((byte) => ALPHABET[byte % 32]).join("");
  return symbols.match(/.{4}/g)!.join("-");
}
