import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccountNotice } from "~/features/auth/AccountNotice";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { contactEmail } from "~/platform/runtime/env.server";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import type { Translation } from "~/locales";

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("privacy.title")), contact: contactEmail };
}

type Notice = Translation["privacy"];

/** The notice's sections and their points, in order; every text is in the locale files. */
const SECTIONS: { [K in "collect" | "why" | "keep" | "who"]: (keyof Notice[K] & string)[] } = {
  collect: ["account", "learning", "trainings", "certificates", "security", "none"],
  why: ["account", "trainings", "certificates", "mail", "security"],
  keep: ["account", "sessions", "attempts", "links", "deleted"],
  who: ["you", "staff", "verifiers", "nobodyElse"],
};

/** What the platform collects, why, for how long, who sees it, the person's rights and whom to write to. */
export default function PrivacyNotice() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { contact } = useLoaderData<typeof loader>();
  return (
    <article>
      <h1>{t("privacy.title")}</h1>
      <AccountNotice />
      <p className="lead">{t("privacy.lead")}</p>
      <div className="prose">
      {(Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{t(`privacy.${section}.title`)}</h2>
          <ul>
            {SECTIONS[section].map((point) => (
              <li key={point}>{t(`privacy.${section}.${point}`)}</li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">{t("privacy.rights.title")}</h2>
        <p>{t("privacy.rights.lead")}</p>
        <ul>
          <li>
            {t("privacy.rights.access")} <Link to={`/${language}/account/data`}>{t("privacy.myData.title")}</Link>
          </li>
          <li>
            {t("privacy.rights.correct")} <Link to={`/${language}/account`}>{t("auth.profile.title")}</Link>
          </li>
          <li>
            {t("privacy.rights.delete")} <Link to={`/${language}/account/data`}>{t("privacy.myData.deleteTitle")}</Link>
          </li>
          <li>{t("privacy.rights.withdraw")}</li>
          <li>{t("privacy.rights.other")}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">{t("privacy.contact.title")}</h2>
        <p>
          {t("privacy.contact.body")} <a href={`mailto:${contact}`}>{contact}</a>
        </p>
      </section>
      </div>
    </article>
  );
}
