import { isRouteErrorResponse, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/features/i18n/languages";

type Kind = "notFound" | "forbidden" | "badRequest" | "serverError";

function kindOf(error: unknown): Kind {
  if (!isRouteErrorResponse(error)) return "serverError";
  if (error.status === 404) return "notFound";
  if (error.status === 403 || error.status === 401) return "forbidden";
  if (error.status >= 400 && error.status < 500) return "badRequest";
  return "serverError";
}

/** Localized error page; never shows a stack trace. */
export function ErrorPage({ error, language }: { error: unknown; language: Language }) {
  const { t } = useTranslation();
  const kind = kindOf(error);
  const title = t(`errors.${kind}.title`);
  return (
    <section className="error-page" data-testid={`error-${kind}`}>
      <title>{t("common.pageTitle", { page: title })}</title>
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
