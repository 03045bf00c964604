import { Outlet } from "@remix-run/react";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { TrainerNav } from "../TrainerNav";
import type { LinksFunction } from "@remix-run/node";
import { trainerStylesheet } from "../trainer-stylesheet";

export const links: LinksFunction = () => [trainerStylesheet];

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
