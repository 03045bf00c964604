import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Previous/next links that keep the current filters; nothing when there is one page. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (pages <= 1) return null;
  const linkTo = (target: number) => {
    const search = new URLSearchParams(location.search);
    search.set("page", String(target));
    return `${location.pathname}?${search}`;
  };
  return (
    <nav className="pagination" aria-label={t("manage.pagination.label")}>
      {page > 1 ? (
        <Link to={linkTo(page - 1)} rel="prev">
          {t("manage.pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span data-testid="page-status">{t("manage.pagination.status", { page, pages })}</span>
      {page < pages ? (
        <Link to={linkTo(page + 1)} rel="next">
          {t("manage.pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
