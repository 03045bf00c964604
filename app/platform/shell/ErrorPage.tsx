import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/platform/i18n/languages";
import type { Translation } from "~/locales";
import { errorKind, type ErrorKind } from "./error-kind";

/** A route's own explanation for an error kind, in place of the general one (a key of `errors.routes`). */
export type RouteErrorMessages = Partial<Record<ErrorKind, keyof Translation["errors"]["routes"]>>;

/** The error page's `<title>`, rendered in `<head>` by the root layout (React 18 leaves a `<title>` where it stands). */
export function ErrorTitle({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <title>{t("common.pageTitle", { page: t(`errors.${errorKind(error)}.title`) })}</title>;
}

/** Localized error page; never shows a stack trace. A route may explain an error kind in its own words. */
export function ErrorPage({ error, language, messages = {} }: { error: unknown; language: Language; messages?: RouteErrorMessages }) {
  const { t } = useTranslation();
  const kind = errorKind(error);
  const title = t(`errors.${kind}.title`);
  const own = messages[kind];
  return (
    <section className="error-page" data-testid={`error-${kind}`}>
      <h1>{title}</h1>
      <p>{own ? t(`errors.routes.${own}`) : t(`errors.${kind}.body`)}</p>
      <p>
        <Link to={`/${language}`} className="button">
          {t("errors.backHome")}
        </Link>
      </p>
    </section>
  );
}
