import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { AccountPage } from "../AccountPage";
import { requireLoginSession } from "../guards.server";
import { endLoginSession, endLoginSessions, listLoginSessions } from "../login-session.server";
import type { LinksFunction } from "@remix-run/node";
import { authStylesheet } from "../auth-stylesheet";

export const links: LinksFunction = () => [authStylesheet];

export const meta = titleFromLoader;

/** Where the account is signed in: browser, since when, last seen. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const current = await requireLoginSession(request);
  const t = await getServerT(language);
  const sessions = await listLoginSessions(current.user.id);
  return {
    title: await pageTitle(language, t("auth.sessions.title")),
    sessions: sessions.map((session) => ({
      id: session.id,
      browser: session.browser,
      current: session.id === current.id,
      signedInAt: formatDateTime(session.createdAt, language),
      lastSeenAt: formatDateTime(session.lastSeenAt, language),
    })),
  };
}

/** "Sign out everywhere": every session of the account ends, this one too. */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const { user } = await requireLoginSession(request);
  await endLoginSessions(user.id);
  return endLoginSession(request, `/${language}/login?notice=signedOutEverywhere`);
}

export default function AccountSessions() {
  const { t } = useTranslation();
  const { sessions } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  return (
    <AccountPage title={t("auth.sessions.title")}>
      <p className="lead">{t("auth.sessions.lead")}</p>
      <ul className="session-list" data-testid="session-list">
        {sessions.map((session) => (
          <li key={session.id}>
            <strong>{session.browser || t("auth.sessions.unknownBrowser")}</strong>
            {session.current ? <span className="badge">{t("auth.sessions.thisBrowser")}</span> : null}
            <br />
            <span className="muted">{t("auth.sessions.times", { signedIn: session.signedInAt, lastSeen: session.lastSeenAt })}</span>
          </li>
        ))}
      </ul>
      <Form method="post">
        <button type="submit" className="button button--danger" disabled={busy}>
          {t("auth.sessions.signOutEverywhere")}
        </button>
      </Form>
      <p className="muted">{t("auth.sessions.hint")}</p>
    </AccountPage>
  );
}
