import { isRouteErrorResponse, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/platform/i18n/languages";

type Kind = "notFound" | "forbidden" | "badRequest" | "serverError";

function kindOf(error: unknown): Kind {
  if (!isRouteErrorResponse(error)) return "serverError";
  if (error.status === 404) return "notFound";
  if (error.status === 403 || error.status === 401) return "forbidden";
  if (error.status >= 400 && error.status < 500) return "badRequest";
  return "serverError";
}

/** The error page's `<title>`, rendered in `<head>` by the root layout (React 18 leaves a `<title>` where it stands). */
export function ErrorTitle({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <title>{t("common.pageTitle", { page: t(`errors.${kindOf(error)}.title`) })}</title>;
}

/** Localized error page; never shows a stack trace. */
export function ErrorPage({ error, language }: { error: unknown; language: Language }) {
  const { t } = useTranslation();
  const kind = kindOf(error);
  const title = t(`errors.${kind}.title`);
  return (
    <section className="error-page" data-testid={`error-${kind}`}>
      <h1>{title}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      <p>
        <Link to={`/${language}`} className="button">
          {t("errors.backHome")}
        </Link>
      </p>
    </section>
  );
}
