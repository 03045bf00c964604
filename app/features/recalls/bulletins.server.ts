import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { parseJsonList } from "~/platform/db/json-list";
import { HAZARD_KINDS, statusField, type HazardKind } from "./vocabulary";

export type BulletinMonth = { month: string; recalls: number; publishedAt: Date | null; sample: boolean };

/**
 * Months that have recalls of products made in China, newest first, with
 * whether each month's bulletin is published. Visitors see published months
 * only; trainers also see the ones still being prepared.
 */
export async function bulletinMonths(options: { includeUnpublished: boolean }): Promise<BulletinMonth[]> {
  const [counts, samples, published] = await Promise.all([
    db.recall.groupBy({ by: ["month"], where: { madeInChina: true }, _count: { _all: true }, orderBy: { month: "desc" } }),
    db.recall.groupBy({ by: ["month"], where: { madeInChina: true, sample: true }, _count: { _all: true } }),
    db.bulletin.findMany(),
  ]);
  const publishedAt = new Map(published.map((row) => [row.month, row.publishedAt]));
  const withSamples = new Set(samples.map((row) => row.month));
  return counts
    .map((row) => ({ month: row.month, recalls: row._count._all, publishedAt: publishedAt.get(row.month) ?? null, sample: withSamples.has(row.month) }))
    .filter((row) => options.includeUnpublished || row.publishedAt);
}

/** A recall as a bulletin shows it: text only where published in the reader's language, else null ("translation pending"). */
export type BulletinRecall = {
  id: string;
  recallNumber: string;
  recallDate: Date;
  category: string;
  hazardKind: string;
  units: string;
  countries: string[];
  sourceUrl: string;
  sample: boolean;
  text: { name: string; hazard: string; remedy: string } | null;
};

export type Bulletin = {
  month: string;
  publishedAt: Date | null;
  recalls: BulletinRecall[];
  categories: { category: string; recalls: BulletinRecall[] }[];
  hazards: { kind: HazardKind; count: number }[];
  pendingTranslations: number;
  sample: boolean;
};

/** The bulletin of one month in one language; null when the month has no recall of a product made in China. */
export async function bulletinFor(month: string, language: Language): Promise<Bulletin | null> {
  const [rows, published] = await Promise.all([
    db.recall.findMany({ where: { month, madeInChina: true }, orderBy: [{ category: "asc" }, { recallDate: "asc" }, { recallNumber: "asc" }] }),
    db.bulletin.findUnique({ where: { month } }),
  ]);
  if (rows.length === 0) return null;
  const recalls: BulletinRecall[] = rows.map((row) => ({
    id: row.id,
    recallNumber: row.recallNumber,
    recallDate: row.recallDate,
    category: row.category,
    hazardKind: row.hazardKind,
    units: row.units,
    countries: parseJsonList(row.manufacturerCountries),
    sourceUrl: row.sourceUrl,
    sample: row.sample,
    text:
      row[statusField(language)] === "published"
        ? language === "zh"
          ? { name: row.nameZh, hazard: row.hazardZh, remedy: row.remedyZh }
          : { name: row.nameEn, hazard: row.hazardEn, remedy: row.remedyEn }
        : null,
  }));
  const categories = [...new Set(recalls.map((recall) => recall.category))].map((category) => ({
    category,
    recalls: recalls.filter((recall) => recall.category === category),
  }));
  const hazards = HAZARD_KINDS.map((kind) => ({ kind, count: recalls.filter((recall) => recall.hazardKind === kind).length })).filter((entry) => entry.count > 0);
  return {
    month,
    publishedAt: published?.publishedAt ?? null,
    recalls,
    categories,
    hazards,
    pendingTranslations: recalls.filter((recall) => recall.text === null).length,
    sample: recalls.some((recall) => recall.sample),
  };
}
