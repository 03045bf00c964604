import { useRouteError } from "@remix-run/react";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { ErrorPage, type RouteErrorMessages } from "./ErrorPage";

/**
 * A route's own error boundary: the error page inside the layouts above the
 * route (the site shell, the trainer navigation), in the route's words where
 * it has them. Its `<title>` comes from the route's `meta` (`errorMeta`).
 */
export function RouteErrorBoundary({ messages }: { messages?: RouteErrorMessages }) {
  const language = usePageLanguage();
  return <ErrorPage error={useRouteError()} language={language} messages={messages} />;
}
