import type { AuditAction } from "~/platform/audit/audit-log.server";
import { isAuditAction } from "~/platform/audit/audit-actions";
import { db } from "~/platform/db/db.server";
import { pageWindow } from "~/platform/shell/pagination";

export function readAuditFilter(url: URL): { action: AuditAction | null } {
  const action = url.searchParams.get("action") ?? "";
  return { action: isAuditAction(action) ? action : null };
}

const entryFields = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  details: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

/** One page of audit entries, newest first. */
export async function auditEntries(filter: { action: AuditAction | null }, page: number) {
  const where = filter.action ? { action: filter.action } : {};
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: entryFields, ...pageWindow(page) }),
    db.auditEntry.count({ where }),
  ]);
  return { rows, total };
}

export async function allAuditEntries(filter: { action: AuditAction | null }) {
  return db.auditEntry.findMany({
    where: filter.action ? { action: filter.action } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: entryFields,
    take: 10_000,
  });
}

export type AuditRow = Awaited<ReturnType<typeof allAuditEntries>>[number];
