import { z } from "zod";
import { formatDate } from "~/platform/i18n/dates";
import type { Language } from "~/platform/i18n/languages";
import { storedJsonReader } from "~/platform/db/stored-json";
import type { ContentReview } from "./ContentSources";

/** Sources as stored by the content sync (validated there against the content schema). */
const readSources = storedJsonReader(z.array(z.object({ citation: z.string(), url: z.string() })));

/** A module's, resource's or webinar's sources and last review date, ready for the page. */
export function contentReview(row: { sources: string; reviewedOn: Date | null }, language: Language): ContentReview {
  return { sources: readSources(row.sources), reviewed: row.reviewedOn ? formatDate(row.reviewedOn, language) : null };
}
