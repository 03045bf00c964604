import { contentDay } from "~/platform/content/content-day";
import { db } from "~/platform/db/db.server";
import { normalizeSearchText } from "../search-text";
import type { LoadedResource } from "./load-resources.server";

/** Both languages' title, summary and body, normalized for search. */
export function resourceSearchText(resource: LoadedResource): string {
  return normalizeSearchText(
    [resource.title.zh, resource.title.en, resource.summary.zh, resource.summary.en, resource.body.zh, resource.body.en].join("\n"),
  );
}

/** Upserts resources by slug; those no longer in the files become inactive. */
export async function syncResources(resources: LoadedResource[]): Promise<{ resources: number; deactivated: number }> {
  return db.$transaction(async (tx) => {
    for (const [position, resource] of resources.entries()) {
      const fields = {
        category: resource.category,
        kind: resource.kind,
        titleZh: resource.title.zh,
        titleEn: resource.title.en,
        summaryZh: resource.summary.zh,
        summaryEn: resource.summary.en,
        bodyZh: resource.body.zh,
        bodyEn: resource.body.en,
        relatedCourses: JSON.stringify(resource.relatedCourses),
        relatedWebinars: JSON.stringify(resource.relatedWebinars),
        searchText: resourceSearchText(resource),
        sources: JSON.stringify(resource.sources),
        reviewedOn: contentDay(resource.reviewed),
        position,
        active: true,
      };
      await tx.resource.upsert({ where: { slug: resource.slug }, create: { slug: resource.slug, ...fields }, update: fields });
    }
    const removed = await tx.resource.updateMany({
      where: { active: true, slug: { notIn: resources.map((resource) => resource.slug) } },
      data: { active: false },
    });
    return { resources: resources.length, deactivated: removed.count };
  });
}
