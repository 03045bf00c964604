import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { useTranslation } from "react-i18next";
import { requireAdmin, requireTrainer } from "~/features/auth/guards.server";
import { jobRoleOf, roleOf, ROLES } from "~/platform/access/roles";
import { formatDate } from "~/platform/i18n/dates";
import { FormAlert } from "~/platform/forms/Field";
import { choiceField } from "~/platform/forms/fields";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { formatSchedule } from "~/features/trainings/schedule";
import { learnerRecord } from "../people/learner-record.server";
import { CertificateTable, CourseTable, TrainingTable, WebinarTable } from "../people/RecordTables";
import { setAccountActive, sendResetLinkAsAdmin, type AccountAdminOutcome } from "../people/account-admin.server";
import { AccountAdminPanel } from "../people/AccountAdminPanel";
import { changeRole } from "../people/role-change.server";
import { RoleForm } from "../people/RoleForm";
import { badRequest, conflict, notFound } from "~/platform/http/responses";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const record = await learnerRecord(params.userId ?? "", language);
  if (!record) throw notFound();
  const date = (value: Date | null) => (value ? formatDate(value, language) : null);
  const { person } = record;
  return {
    title: await pageTitle(language, person.name),
    canChangeRole: user.role === "admin",
    own: user.id === person.id,
    person: {
      ...person,
      jobRole: jobRoleOf(person.jobRole),
      role: roleOf(person.role),
      joined: formatDate(person.createdAt, language),
      emailConfirmed: Boolean(person.emailVerifiedAt),
      deactivated: Boolean(person.deactivatedAt),
    },
    courses: record.courses.map((course) => ({ ...course, completedAt: date(course.completedAt) })),
    webinars: record.webinars.map((webinar) => ({ ...webinar, completedAt: date(webinar.completedAt) })),
    trainings: record.trainings.map((training) => ({ ...training, date: formatSchedule(training.startsAt, training.startsAt, training.timeZone, language).date })),
    certificates: record.certificates.map((certificate) => ({ ...certificate, issuedAt: formatDate(certificate.issuedAt, language), revokedAt: date(certificate.revokedAt) })),
  };
}

const roleSchema = z.object({ role: choiceField(ROLES) });

const SAVED = ["role", "deactivated", "reactivated", "resetSent"] as const;

/** Admin-only writes about a person: role, deactivation, a reset link. Each is audited. */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const admin = await requireAdmin(request);
  const formData = await readFormData(request);
  const targetId = params.userId ?? "";
  const done = (saved: (typeof SAVED)[number]) => redirect(`/${language}/trainer/people/${targetId}?saved=${saved}`);
  const intent = formData.get("intent");
  if (intent === "role") {
    const parsed = parseForm(formData, roleSchema);
    if (!parsed.ok) return rejectForm(formData, parsed.errors);
    const outcome = await changeRole(targetId, parsed.data.role, admin);
    if (!outcome.ok && outcome.reason === "notFound") throw notFound();
    if (!outcome.ok) return rejectForm(formData, { role: { key: "validation.ownAdminRole" } }, 409);
    return done("role");
  }
  if (intent === "deactivate" || intent === "reactivate") {
    refuseUnless(await setAccountActive(targetId, intent === "reactivate", admin));
    return done(intent === "deactivate" ? "deactivated" : "reactivated");
  }
  if (intent === "sendReset") {
    const outcome = await sendResetLinkAsAdmin(targetId, admin);
    if (!outcome.ok && outcome.reason === "rateLimited") {
      const t = await getServerT(language);
      return rejectForm(formData, {}, 429, t("manage.account.resetRateLimited"));
    }
    refuseUnless(outcome);
    return done("resetSent");
  }
  throw badRequest();
}

function refuseUnless(outcome: AccountAdminOutcome): void {
  if (outcome.ok) return;
  throw outcome.reason === "notFound" ? notFound() : conflict();
}

export default function Person() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { person, canChangeRole, own, courses, webinars, trainings, certificates } = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = SAVED.find((name) => name === search.get("saved"));
  return (
    <section>
      <nav className="breadcrumbs">
        <Link to={`/${language}/trainer/people`}>{t("manage.people.back")}</Link>
      </nav>
      <h1>{person.name}</h1>
      {saved ? <FormAlert tone="success">{t(`manage.saved.${saved}`, { role: t(`common.roles.${person.role}`) })}</FormAlert> : null}
      {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : null}
      <div className="manage-layout">
        <dl className="facts" data-testid="person-facts">
          <dt>{t("auth.fields.email")}</dt>
          <dd>
            {person.email}
            <br />
            <span className="muted">{t(person.emailConfirmed ? "auth.profile.emailConfirmed" : "manage.account.emailNotConfirmed")}</span>
          </dd>
          <dt>{t("auth.fields.company")}</dt>
          <dd>{person.company || "—"}</dd>
          <dt>{t("auth.fields.jobRole")}</dt>
          <dd>{t(`common.jobRoles.${person.jobRole}`)}</dd>
          <dt>{t("auth.fields.phone")}</dt>
          <dd>{person.phone || "—"}</dd>
          <dt>{t("manage.people.columns.role")}</dt>
          <dd data-testid="person-role">{t(`common.roles.${person.role}`)}</dd>
          <dt>{t("manage.people.columns.joined")}</dt>
          <dd>{person.joined}</dd>
        </dl>
        {canChangeRole ? (
          <div className="stack">
            <RoleForm current={person.role} rejected={rejected} />
            <AccountAdminPanel deactivated={person.deactivated} own={own} />
          </div>
        ) : null}
      </div>
      <p className="actions">
        <a href={`/${language}/trainer/people/${person.id}/export.csv`} className="button button--secondary" download>
          {t("manage.exportCsv")}
        </a>
      </p>
      <CourseTable rows={courses} />
      <WebinarTable rows={webinars} />
      <TrainingTable rows={trainings} language={language} />
      <CertificateTable rows={certificates} language={language} />
    </section>
  );
}
