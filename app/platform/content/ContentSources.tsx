import { useTranslation } from "react-i18next";

/** A module's, resource's or webinar's sources and the date it was last checked against them, formatted. */
export type ContentReview = { sources: { citation: string; url: string }[]; reviewed: string | null };

/**
 * "Sources" and "Last reviewed" under a module, resource or webinar: plain
 * links to the official texts, opened only when followed (nothing is fetched
 * with the page). Citations are English, so they are marked as such.
 */
export function ContentSources({ sources, reviewed }: ContentReview) {
  const { t } = useTranslation();
  if (sources.length === 0 && !reviewed) return null;
  return (
    <section className="sources" aria-labelledby="sources-heading" data-testid="content-sources">
      <h2 id="sources-heading">{t("common.sources.heading")}</h2>
      {reviewed ? (
        <p className="muted" data-testid="content-reviewed">
          {t("common.sources.reviewed", { date: reviewed })}
        </p>
      ) : null}
      <p className="muted">{t("common.sources.intro")}</p>
      <ul>
        {sources.map((source) => (
          <li key={`${source.citation} ${source.url}`}>
            <a href={source.url} lang="en" rel="noopener noreferrer">
              {source.citation}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
