import { recordAudit } from "~/platform/audit/audit-log.server";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { statusField } from "./vocabulary";
import { notFound } from "~/platform/http/responses";

/** Recalls in a China bulletin whose text in some language is not published yet, oldest month first. */
export async function pendingTranslations() {
  const rows = await db.recall.findMany({
    where: { madeInChina: true, OR: [{ zhStatus: { not: "published" } }, { enStatus: { not: "published" } }] },
    orderBy: [{ month: "asc" }, { recallDate: "asc" }, { recallNumber: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    recallNumber: row.recallNumber,
    month: row.month,
    sample: row.sample,
    nameEn: row.nameEn,
    nameZh: row.nameZh,
    pending: (["zh", "en"] as const).filter((language) => row[statusField(language)] !== "published"),
    statuses: { zh: row.zhStatus, en: row.enStatus },
  }));
}

export async function findRecall(id: string | undefined) {
  const recall = id ? await db.recall.findUnique({ where: { id } }) : null;
  if (!recall) throw notFound();
  return recall;
}

export type TranslationText = { name: string; hazard: string; remedy: string };

/**
 * Saves a recall's text in one language as a draft or publishes it; only
 * published text appears in a bulletin. The change and its audit entry are
 * one transaction.
 */
export async function saveTranslation(recallId: string, language: Language, text: TranslationText, publish: boolean, actorId: string) {
  const status = publish ? "published" : "draft";
  const data =
    language === "zh"
      ? { nameZh: text.name, hazardZh: text.hazard, remedyZh: text.remedy, zhStatus: status }
      : { nameEn: text.name, hazardEn: text.hazard, remedyEn: text.remedy, enStatus: status };
  return db.$transaction(async (tx) => {
    const recall = await tx.recall.update({ where: { id: recallId }, data });
    await recordAudit(
      { actorId, action: "recall.translate", targetType: "recall", targetId: recall.id, details: { recallNumber: recall.recallNumber, language, published: publish } },
      tx,
    );
    return recall;
  });
}
