// npm run recalls:import FILE — imports recalls from a JSON file in the shape
// the CPSC recalls web service returns. Valid records are kept, a recall
// already imported is left unchanged, and each rejected record is reported
// with its reasons. Exits 1 when the file is unusable or a record was rejected.
import fs from "node:fs";
import path from "node:path";
import { importRecalls, parseRecallFile, RecallFileError } from "../app/features/recalls/import-recalls.server";
import { db } from "../app/platform/db/db.server";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run recalls:import -- FILE");
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`recalls:import: ${file} does not exist`);
  process.exit(2);
}
try {
  const report = await importRecalls(parseRecallFile(fs.readFileSync(file, "utf8")), null, path.basename(file));
  console.log(`recalls:import: ${report.created.length} imported, ${report.unchanged.length} already present (unchanged), ${report.rejectedCount} rejected`);
  for (const record of report.rejected) {
    const reasons = record.reasons.map((reason) => `${reason.field}: ${reason.problem}`).join("; ");
    console.log(`  record ${record.index + 1} (${record.recallNumber ?? "no recall number"}): ${reasons}`);
  }
  if (report.rejectedCount > report.rejected.length) console.log(`  … and ${report.rejectedCount - report.rejected.length} more rejected records`);
  process.exitCode = report.rejectedCount ? 1 : 0;
} catch (error) {
  if (!(error instanceof RecallFileError)) throw error;
  console.error(`recalls:import: ${file}: ${error.message}; nothing was imported`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
