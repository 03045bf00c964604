import type { TFunction } from "i18next";
import { auditActionKey, isAuditAction } from "~/platform/audit/audit-actions";
import { formatDateTime } from "~/platform/i18n/dates";
import type { Language } from "~/platform/i18n/languages";
import { detailsText } from "./audit-details.server";
import type { AuditRow } from "./audit-query.server";

const TARGET_TYPES = ["session", "user", "registration", "certificate", "job"] as const;

function targetLabel(type: string, t: TFunction): string {
  const known = TARGET_TYPES.find((candidate) => candidate === type);
  return known ? t(`manage.audit.targets.${known}`) : type;
}

/** An audit entry as the reader sees it: localized action and record type, time in China Standard Time. */
export function auditView(row: AuditRow, t: TFunction, language: Language) {
  return {
    id: row.id,
    when: formatDateTime(row.createdAt, language),
    actor: row.actor ? { id: row.actor.id, name: row.actor.name, email: row.actor.email } : null,
    action: isAuditAction(row.action) ? t(`manage.audit.actions.${auditActionKey(row.action)}`) : row.action,
    targetType: row.targetType,
    targetLabel: targetLabel(row.targetType, t),
    targetId: row.targetId,
    details: detailsText(row.details, t),
  };
}
