import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { useTranslation } from "react-i18next";
import { requireAdmin, requireTrainer } from "~/features/auth/guards.server";
import { jobRoleOf, roleOf, ROLES } from "~/features/auth/roles";
import { formatDate } from "~/features/courses/format";
import { FormAlert } from "~/features/forms/Field";
import { choiceField } from "~/features/forms/fields";
import { parseForm } from "~/features/forms/parse-form";
import { readFormData } from "~/features/forms/read-form.server";
import { rejectForm } from "~/features/forms/reject-form.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { formatSchedule } from "~/features/trainings/schedule";
import { learnerRecord } from "../people/learner-record.server";
import { CertificateTable, CourseTable, TrainingTable, WebinarTable } from "../people/RecordTables";
import { changeRole } from "../people/role-change.server";
import { RoleForm } from "../people/RoleForm";
import { TrainerNav } from "../TrainerNav";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const record = await learnerRecord(params.userId ?? "", language);
  if (!record) throw new Response("Not Found", { status: 404 });
  const date = (value: Date | null) => (value ? formatDate(value, language) : null);
  const { person } = record;
  return {
    title: await pageTitle(language, person.name),
    canChangeRole: user.role === "admin",
    person: { ...person, jobRole: jobRoleOf(person.jobRole), role: roleOf(person.role), joined: formatDate(person.createdAt, language) },
    courses: record.courses.map((course) => ({ ...course, completedAt: date(course.completedAt) })),
    webinars: record.webinars.map((webinar) => ({ ...webinar, completedAt: date(webinar.completedAt) })),
    trainings: record.trainings.map((training) => ({ ...training, date: formatSchedule(training.startsAt, training.startsAt, training.timeZone, language).date })),
    certificates: record.certificates.map((certificate) => ({ ...certificate, issuedAt: formatDate(certificate.issuedAt, language), revokedAt: date(certificate.revokedAt) })),
  };
}

const roleSchema = z.object({ role: choiceField(ROLES) });

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const admin = await requireAdmin(request);
  const formData = await readFormData(request);
  if (formData.get("intent") !== "role") throw new Response("Bad Request", { status: 400 });
  const parsed = parseForm(formData, roleSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const outcome = await changeRole(params.userId ?? "", parsed.data.role, admin);
  if (!outcome.ok && outcome.reason === "notFound") throw new Response("Not Found", { status: 404 });
  if (!outcome.ok) return rejectForm(formData, { role: { key: "validation.ownAdminRole" } }, 409);
  return redirect(`/${language}/trainer/people/${params.userId}?saved=role`);
}

export default function Person() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { person, canChangeRole, courses, webinars, trainings, certificates } = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <section>
      <TrainerNav language={language} />
      <nav className="breadcrumbs">
        <Link to={`/${language}/trainer/people`}>{t("manage.people.back")}</Link>
      </nav>
      <h1>{person.name}</h1>
      {search.get("saved") === "role" ? <FormAlert tone="success">{t("manage.saved.role", { role: t(`common.roles.${person.role}`) })}</FormAlert> : null}
      <div className="manage-layout">
        <dl className="facts" data-testid="person-facts">
          <dt>{t("auth.fields.email")}</dt>
          <dd>{person.email}</dd>
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
        {canChangeRole ? <RoleForm current={person.role} rejected={rejected} /> : null}
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
