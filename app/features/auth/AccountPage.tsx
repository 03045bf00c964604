import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/platform/i18n/languages";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import type { Translation } from "~/locales";

type Item = { to: string; label: keyof Translation["auth"]["accountNav"] };

/** The account pages. Adding a page is one line here. */
const ITEMS: Item[] = [
  { to: "", label: "profile" },
  { to: "email", label: "email" },
  { to: "password", label: "password" },
  { to: "sessions", label: "sessions" },
  { to: "data", label: "data" },
];

export function AccountNav({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <nav className="account-nav" aria-label={t("auth.accountNav.label")}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink to={`/${language}/account${item.to ? `/${item.to}` : ""}`} end prefetch="intent">
              {t(`auth.accountNav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The frame of every account page: the account pages' navigation, then the page's heading and content. */
export function AccountPage({ title, children }: { title: string; children: React.ReactNode }) {
  const language = usePageLanguage();
  return (
    <section className="narrow">
      <AccountNav language={language} />
      <h1>{title}</h1>
      {children}
    </section>
  );
}
