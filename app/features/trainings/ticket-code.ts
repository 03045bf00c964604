/**
 * Accepts what a person types or a scanner reads: any case, spaces or
 * dashes, O for 0, I/L for 1. Shared by the server and the check-in device,
 * which decides scans offline against the roster it holds.
 */
export function normalizeTicketCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(cleaned)) return null;
  return cleaned.match(/.{4}/g)!.join("-");
}
