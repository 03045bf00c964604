// First: configures zod for the browser before any route module builds a schema.
import "~/platform/forms/zod-in-the-browser";
import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "@remix-run/react";
import { clearedLoginCookie, readLoginSession } from "~/features/auth/login-session.server";
import { resolveLanguage } from "~/platform/i18n/i18next.server";
import { htmlLang } from "~/platform/i18n/languages";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { useSyncedLanguage } from "~/platform/i18n/use-synced-language";
import { AppShell } from "~/platform/shell/AppShell";
import { useCspNonce } from "~/platform/shell/csp-nonce";
import { ErrorPage, ErrorTitle } from "~/platform/shell/ErrorPage";
import { useMarkHydrated } from "~/platform/shell/use-mark-hydrated";
import type { RootData } from "~/platform/shell/use-root-data";
import { siteMeta } from "~/platform/shell/site-meta.server";
import { errorTitles } from "~/platform/shell/error-titles.server";
import stylesheet from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  // A page kept per personal state (decision 0038) was given the person's role in front of the app.
  const given = context.personalState;
  const [language, { session, staleCookie }] = await Promise.all([resolveLanguage(request), given ? { session: null, staleCookie: false } : readLoginSession(request)]);
  const role = given?.role ?? session?.user.role;
  const [site, titles] = await Promise.all([siteMeta(language), errorTitles(language)]);
  const body: RootData = { language, user: role ? { role } : null, site, errorTitles: titles };
  // A login cookie whose session has ended (signed out elsewhere, expired) is removed from the browser.
  return staleCookie ? data(body, { headers: { "Set-Cookie": await clearedLoginCookie() } }) : body;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const language = usePageLanguage();
  const nonce = useCspNonce();
  const error = useRouteError();
  return (
    <html lang={htmlLang(language)} data-language={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {error ? <ErrorTitle error={error} /> : null}
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const language = usePageLanguage();
  useSyncedLanguage(language);
  useMarkHydrated();
  return (
    <AppShell language={language}>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const language = usePageLanguage();
  const error = useRouteError();
  return (
    <AppShell language={language}>
      <ErrorPage error={error} language={language} />
    </AppShell>
  );
}
