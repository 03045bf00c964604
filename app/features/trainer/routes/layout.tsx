import type { LinksFunction } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { canTrain } from "~/platform/access/roles";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { errorMeta } from "~/platform/shell/page-title";
import { RouteErrorBoundary } from "~/platform/shell/RouteErrorBoundary";
import { useRootData } from "~/platform/shell/use-root-data";
import { TrainerNav } from "../TrainerNav";
import { trainerStylesheet } from "../trainer-stylesheet";

export const links: LinksFunction = () => [trainerStylesheet];

/** Each page names itself; when this layout's error boundary shows, the error names the page. */
export const meta = errorMeta;

/**
 * The frame of every back-office page: the trainer navigation once, then the page.
 * It has no loader on purpose: each page's own loader checks the role, so no page
 * depends on a guard that lives somewhere else.
 */
export default function TrainerLayout() {
  const language = usePageLanguage();
  return (
    <>
      <TrainerNav language={language} />
      <Outlet />
    </>
  );
}

/**
 * A back-office page's error (an unknown record, a page for administrators
 * only, a failure) shows inside the trainer area, its navigation kept for a
 * trainer; a visitor without the role sees the plain error page.
 */
export function ErrorBoundary() {
  const language = usePageLanguage();
  const user = useRootData()?.user;
  return (
    <>
      {user && canTrain(user.role) ? <TrainerNav language={language} /> : null}
      <RouteErrorBoundary messages={{ forbidden: "trainerForbidden" }} />
    </>
  );
}
