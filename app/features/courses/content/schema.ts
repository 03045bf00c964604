import { z } from "zod";
import { bilingual, slug } from "~/platform/content/bilingual";
import { reviewFields } from "~/platform/content/sources";
import { AUDIENCES, CATEGORIES } from "~/platform/content/vocabulary";

export const manifestSchema = z.object({
  slug,
  category: z.enum(CATEGORIES),
  audiences: z.array(z.enum(AUDIENCES)).min(1, "name at least one audience"),
  estimatedMinutes: z.number().int().positive(),
  passMark: z.number().int().min(1).max(100),
  maxAttempts: z.number().int().positive().nullable().default(null),
  title: bilingual,
  summary: bilingual,
  modules: z
    .array(z.object({ slug, estimatedMinutes: z.number().int().positive(), title: bilingual, ...reviewFields }))
    .min(1, "a course needs at least one module"),
});
export type CourseManifest = z.infer<typeof manifestSchema>;
