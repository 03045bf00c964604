import type { z } from "zod";
import { recordAudit } from "~/platform/audit/audit-log.server";
import { db } from "~/platform/db/db.server";
import { classifyCategory, classifyHazard, isMadeInChina } from "./classify";
import { cpscRecallSchema, type CpscRecall } from "./cpsc-record";

/** Why a record was refused, per field: the field path as in the file, and what is wrong with it. */
export type RejectionReason = { field: string; problem: "missing" | "empty" | "invalid" | "duplicate" };
export type RejectedRecall = { index: number; recallNumber: string | null; reasons: RejectionReason[] };
export type ImportReport = {
  created: string[];
  unchanged: string[];
  /** The first rejected records (at most MAX_REPORTED_REJECTIONS), with their reasons. */
  rejected: RejectedRecall[];
  rejectedCount: number;
};

/** Far more than a year of CPSC recalls (about 300); a larger file is split. */
export const MAX_RECALLS_PER_FILE = 2000;
/** A report lists this many rejected records, each with at most MAX_REASONS_PER_RECORD reasons; the count says how many there were. */
export const MAX_REPORTED_REJECTIONS = 50;
const MAX_REASONS_PER_RECORD = 10;

const FILE_PROBLEMS = {
  notJson: "the file is not valid JSON",
  notList: "the file must hold a JSON array of recalls",
  tooManyRecords: `the file holds more than ${MAX_RECALLS_PER_FILE} records; split it`,
};

/** Thrown when the file as a whole cannot be imported; nothing is imported. */
export class RecallFileError extends Error {
  constructor(readonly problem: keyof typeof FILE_PROBLEMS) {
    super(FILE_PROBLEMS[problem]);
  }
}

/** Reads the text of a recalls file: a JSON array, as the CPSC recalls web service returns it. */
export function parseRecallFile(text: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new RecallFileError("notJson");
  }
  if (!Array.isArray(data)) throw new RecallFileError("notList");
  if (data.length > MAX_RECALLS_PER_FILE) throw new RecallFileError("tooManyRecords");
  return data;
}

/**
 * Imports recalls, keeping every valid record and rejecting each bad one
 * with its reasons. Idempotent by recall number: a recall already in the
 * database is left as it is (with any translations made since), so the same
 * file can be imported again safely. All new records and one audit entry are
 * written in one transaction.
 */
export async function importRecalls(records: unknown[], actorId: string | null, source: string): Promise<ImportReport> {
  const report: ImportReport = { created: [], unchanged: [], rejected: [], rejectedCount: 0 };
  const reject = (index: number, record: unknown, reasons: () => RejectionReason[]) => {
    report.rejectedCount += 1;
    if (report.rejected.length < MAX_REPORTED_REJECTIONS) report.rejected.push({ index, recallNumber: recallNumberOf(record), reasons: reasons() });
  };
  const valid: CpscRecall[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const parsed = cpscRecallSchema.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      reject(index, record, () => reasonsOf(parsed.error));
      return;
    }
    if (seen.has(parsed.data.RecallNumber)) {
      reject(index, record, () => [{ field: "RecallNumber", problem: "duplicate" }]);
      return;
    }
    seen.add(parsed.data.RecallNumber);
    valid.push(parsed.data);
  });

  await db.$transaction(async (tx) => {
    const existing = await tx.recall.findMany({ where: { recallNumber: { in: valid.map((recall) => recall.RecallNumber) } }, select: { recallNumber: true } });
    const known = new Set(existing.map((row) => row.recallNumber));
    for (const recall of valid) {
      if (known.has(recall.RecallNumber)) {
        report.unchanged.push(recall.RecallNumber);
        continue;
      }
      await tx.recall.create({ data: recallRow(recall) });
      report.created.push(recall.RecallNumber);
    }
    await recordAudit(
      {
        actorId,
        action: "recall.import",
        targetType: "recall-file",
        targetId: source.slice(0, 200),
        details: { created: report.created, unchanged: report.unchanged.length, rejected: report.rejectedCount },
      },
      tx,
    );
  });
  return report;
}

/** The database row for a valid CPSC record; its English text is the published source. */
export function recallRow(recall: CpscRecall) {
  const date = new Date(`${recall.RecallDate.slice(0, 10)}T00:00:00Z`);
  const countries = recall.ManufacturerCountries.map((entry) => entry.Country);
  const productText = [recall.Title, ...recall.Products.flatMap((product) => [product.Type ?? "", product.Name])].join(" ");
  const hazardText = recall.Hazards.map((hazard) => hazard.Name).join(" ");
  return {
    recallNumber: recall.RecallNumber,
    recallDate: date,
    month: recall.RecallDate.slice(0, 7),
    descriptionEn: recall.Description ?? recall.Products[0]?.Description ?? "",
    units: recall.Products.map((product) => product.NumberOfUnits ?? "").filter(Boolean).join("; "),
    manufacturerCountries: JSON.stringify(countries),
    madeInChina: isMadeInChina(countries),
    category: classifyCategory(productText),
    hazardKind: classifyHazard(recall.Hazards.map((hazard) => hazard.HazardType ?? "").join(" "), hazardText),
    sourceUrl: recall.URL,
    sample: recall.Sample,
    nameEn: recall.Products.map((product) => product.Name).join("; "),
    hazardEn: hazardText,
    remedyEn: recall.Remedies.map((remedy) => remedy.Name).join("; "),
    enStatus: "published",
    zhStatus: "missing",
  };
}

function recallNumberOf(record: unknown): string | null {
  if (typeof record !== "object" || record === null) return null;
  const value = (record as Record<string, unknown>).RecallNumber;
  return typeof value === "string" || typeof value === "number" ? String(value).slice(0, 40) : null;
}

function reasonsOf(error: z.ZodError): RejectionReason[] {
  const reasons = new Map<string, RejectionReason>();
  for (const issue of error.issues) {
    const field = issue.path.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i ? "." : ""}${String(segment)}`)).join("") || "(record)";
    if (reasons.has(field)) continue;
    reasons.set(field, { field, problem: problemOf(issue) });
    if (reasons.size === MAX_REASONS_PER_RECORD) break;
  }
  return [...reasons.values()];
}

function problemOf(issue: z.core.$ZodIssue): RejectionReason["problem"] {
  if (issue.code === "invalid_type" && issue.input === undefined) return "missing";
  if (issue.code === "too_small") return issue.origin === "array" ? "empty" : "missing";
  return "invalid";
}
