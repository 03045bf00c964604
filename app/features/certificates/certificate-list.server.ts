import { db, type Prisma } from "~/platform/db/db.server";
import { pageWindow, readPage } from "~/platform/shell/pagination";
import { isAchievementType } from "./achievement-types";

export const PAGE_SIZE = 50;

export type CertificateFilter = { q: string; status: "valid" | "revoked" | null; kind: string | null; page: number };

export function readCertificateFilter(url: URL): CertificateFilter {
  const status = url.searchParams.get("status");
  const kind = url.searchParams.get("kind");
  return {
    q: (url.searchParams.get("q") ?? "").trim().slice(0, 100),
    status: status === "valid" || status === "revoked" ? status : null,
    kind: isAchievementType(kind) ? kind : null,
    page: readPage(url),
  };
}

function whereOf(filter: CertificateFilter): Prisma.CertificateWhereInput {
  const q = filter.q;
  const compact = q.toUpperCase().replace(/[\s-]/g, "");
  return {
    ...(filter.status === "valid" ? { revokedAt: null } : filter.status === "revoked" ? { revokedAt: { not: null } } : {}),
    ...(filter.kind ? { achievementType: filter.kind } : {}),
    ...(q
      ? {
          OR: [
            { holderName: { contains: q } },
            { number: { contains: compact.length === 12 ? compact.replace(/(.{4})(.{4})(.{4})/, "$1-$2-$3") : q.toUpperCase() } },
            { user: { email: { contains: q.toLowerCase() } } },
          ],
        }
      : {}),
  };
}

/** Certificates matching a filter, newest first, a page at a time (or up to 10,000, for the CSV). */
export async function listCertificates(filter: CertificateFilter, options: { all?: boolean } = {}) {
  const where = whereOf(filter);
  const window = options.all ? pageWindow(1, 10_000) : pageWindow(filter.page, PAGE_SIZE);
  const [rows, total] = await Promise.all([
    db.certificate.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { number: "asc" }],
      ...window,
      include: { user: { select: { email: true } } },
    }),
    db.certificate.count({ where }),
  ]);
  return { rows, total };
}
