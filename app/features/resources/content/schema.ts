import { z } from "zod";
import { reviewFields } from "~/platform/content/sources";
import { bilingual } from "~/platform/content/bilingual";
import { CATEGORIES } from "~/platform/content/vocabulary";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and hyphens");

/** What kind of page a resource is. */
export const RESOURCE_KINDS = ["regulation", "guidance", "checklist"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** resources/<slug>/resource.yaml; the bodies are en.md and zh.md beside it. */
export const resourceManifestSchema = z.object({
  slug,
  category: z.enum(CATEGORIES),
  kind: z.enum(RESOURCE_KINDS),
  title: bilingual,
  summary: bilingual,
  relatedCourses: z.array(slug).default([]),
  relatedWebinars: z.array(slug).default([]),
  ...reviewFields,
});
export type ResourceManifest = z.infer<typeof resourceManifestSchema>;
