// After the whole run: every Content-Security-Policy violation report the
// server under test received fails the run, including those from pages a
// spec opened outside the per-test check of e2e/test.ts.
import fs from "node:fs";

export const CSP_REPORT_FILE = "data/e2e/csp-reports.jsonl";

export default function checkCspReports() {
  const reports = fs.existsSync(CSP_REPORT_FILE) ? fs.readFileSync(CSP_REPORT_FILE, "utf8").trim() : "";
  if (reports) throw new Error(`The server received Content-Security-Policy violation reports:\n${reports}`);
}
