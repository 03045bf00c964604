// Content-Security-Policy violation reports (`report-uri`): a violation means
// a page of ours tried something the policy forbids — a broken feature or an
// injection — so each is logged as a warning. With CSP_REPORT_FILE set (the
// end-to-end tests), each is also appended to that file as a JSON line.
import fs from "node:fs";
import express from "express";
import { log } from "./log.js";

const REPORT_TYPES = ["application/csp-report", "application/reports+json", "application/json"];

/**
 * @param {{ reportFile?: string }} [options]
 * @returns {import("express").RequestHandler[]}
 */
export function cspReportEndpoint({ reportFile = process.env.CSP_REPORT_FILE } = {}) {
  return [
    express.json({ type: REPORT_TYPES, limit: "64kb" }),
    (req, res) => {
      for (const report of violations(req.body)) {
        log.warn({ csp: report }, "content security policy violation");
        if (reportFile) fs.appendFileSync(reportFile, `${JSON.stringify(report)}\n`);
      }
      res.status(204).end();
    },
  ];
}

/**
 * The violations in a report body: the `report-uri` format (one
 * `csp-report` object) or the Reporting API's (a list of reports).
 * @param {unknown} body
 * @returns {{ documentUri: string, directive: string, blocked: string, sample: string }[]}
 */
export function violations(body) {
  const bodies = Array.isArray(body) ? body.map((report) => report?.body) : [body?.["csp-report"]];
  return bodies
    .filter((report) => report && typeof report === "object")
    .map((report) => ({
      documentUri: String(report["document-uri"] ?? report.documentURL ?? ""),
      directive: String(report["violated-directive"] ?? report["effective-directive"] ?? report.effectiveDirective ?? ""),
      blocked: String(report["blocked-uri"] ?? report.blockedURL ?? ""),
      sample: String(report["script-sample"] ?? report.sample ?? ""),
    }));
}
