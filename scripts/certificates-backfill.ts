// npm run certificates:backfill: issues certificates for completions recorded
// without one (e.g. before certificates existed). Safe to run again.
import { issueMissingCertificates } from "~/features/certificates/backfill.server";
import { db } from "~/platform/db/db.server";

console.log(`certificates: ${await issueMissingCertificates()} issued`);
await db.$disconnect();
