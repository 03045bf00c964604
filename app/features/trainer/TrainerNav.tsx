import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/platform/i18n/languages";
import { useRootData } from "~/platform/shell/use-root-data";
import type { Translation } from "~/locales";

type NavItem = { to: string; label: keyof Translation["trainer"]["nav"]; adminOnly?: boolean; end?: boolean };

/** The trainer area's pages. Adding a page is one line here. */
const ITEMS: NavItem[] = [
  { to: "", label: "overview", end: true },
  { to: "sessions", label: "sessions" },
  { to: "webinars", label: "webinars" },
  { to: "live", label: "live" },
  { to: "people", label: "people" },
  { to: "reports", label: "reports" },
  { to: "bulletins", label: "bulletins" },
  { to: "translations", label: "translations" },
  { to: "certificates", label: "certificates" },
  { to: "audit", label: "audit", adminOnly: true },
  { to: "outbox", label: "outbox", adminOnly: true },
];

export function TrainerNav({ language }: { language: Language }) {
  const { t } = useTranslation();
  const isAdmin = useRootData()?.user?.role === "admin";
  return (
    <nav className="trainer-nav" aria-label={t("trainer.nav.label")}>
      <ul>
        {ITEMS.filter((item) => isAdmin || !item.adminOnly).map((item) => (
          <li key={item.to}>
            <NavLink to={`/${language}/trainer${item.to ? `/${item.to}` : ""}`} end={item.end} prefetch="intent">
              {t(`trainer.nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
