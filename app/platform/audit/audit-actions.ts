import type { Translation } from "~/locales";
import type { AuditAction } from "./audit-log.server";

type ActionLabelKey = keyof Translation["manage"]["audit"]["actions"];

/** Every audit action with the key of its label under `manage.audit.actions`; a missing action does not compile. */
const LABEL_KEYS: Record<AuditAction, ActionLabelKey> = {
  "session.create": "sessionCreate",
  "session.update": "sessionUpdate",
  "session.close": "sessionClose",
  "session.reopen": "sessionReopen",
  "session.cancel": "sessionCancel",
  "session.trainers": "sessionTrainers",
  "registration.attendance": "registrationAttendance",
  "registration.walk-in": "registrationWalkIn",
  "user.role": "userRole",
  "user.deactivate": "userDeactivate",
  "user.reactivate": "userReactivate",
  "user.password-reset": "userPasswordReset",
  "user.delete": "userDelete",
  "certificate.revoke": "certificateRevoke",
  "recall.import": "recallImport",
  "recall.translate": "recallTranslate",
  "bulletin.publish": "bulletinPublish",
  "webinar.create": "webinarCreate",
  "webinar.update": "webinarUpdate",
  "webinar.publish": "webinarPublish",
  "webinar.unpublish": "webinarUnpublish",
  "webinar.video": "webinarVideo",
  "webinar.captions": "webinarCaptions",
  "webinar.chapters": "webinarChapters",
  "webinar.questions": "webinarQuestions",
  "job.retry": "jobRetry",
  "job.cancel": "jobCancel",
  "live.create": "liveCreate",
};

export const AUDIT_ACTIONS = Object.keys(LABEL_KEYS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(LABEL_KEYS, value);
}

export function auditActionKey(action: AuditAction): ActionLabelKey {
  return LABEL_KEYS[action];
}
