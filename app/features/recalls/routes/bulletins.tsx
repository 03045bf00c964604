import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmEmailNotice } from "~/features/auth/ConfirmEmailNotice";
import { getOptionalUser, requireUser } from "~/features/auth/guards.server";
import { FormAlert } from "~/platform/forms/Field";
import { readFormData } from "~/platform/forms/read-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { bulletinMonths } from "../bulletins.server";
import { isBulletinSubscriber, setBulletinSubscription } from "../subscription.server";
import { SampleNotice } from "../SampleNotice";
import { formatMonth } from "../vocabulary";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import { badRequest, forbidden } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { recallsStylesheet } from "../recalls-stylesheet";

export const links: LinksFunction = () => [recallsStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await getOptionalUser(request);
  const t = await getServerT(language);
  const [months, subscribed] = await Promise.all([bulletinMonths({ includeUnpublished: false }), user ? isBulletinSubscriber(user.id) : false]);
  return {
    title: await pageTitle(language, t("bulletins.list.title")),
    description: t("bulletins.list.lead"),
    months: months.map((entry) => ({ month: entry.month, name: formatMonth(entry.month, language), recalls: entry.recalls, sample: entry.sample })),
    subscription: user ? { subscribed, emailConfirmed: Boolean(user.emailVerifiedAt) } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  routeLanguage(params);
  const user = await requireUser(request);
  const intent = (await readFormData(request)).get("intent");
  if (intent !== "subscribe" && intent !== "unsubscribe") throw badRequest();
  // The bulletin is mailed only to addresses their owners have confirmed.
  if (intent === "subscribe" && !user.emailVerifiedAt) throw forbidden();
  await setBulletinSubscription(user.id, intent === "subscribe");
  return { subscribed: intent === "subscribe" };
}

export default function BulletinList() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { months, subscription } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  return (
    <section>
      <h1>{t("bulletins.list.title")}</h1>
      <p className="lead">{t("bulletins.list.lead")}</p>
      {months.some((entry) => entry.sample) ? <SampleNotice /> : null}
      <h2>{t("bulletins.list.months")}</h2>
      {months.length === 0 ? (
        <p>{t("bulletins.list.empty")}</p>
      ) : (
        <ul className="card-grid" data-testid="bulletin-months">
          {months.map((entry) => (
            <li key={entry.month} className="card">
              <h3>
                <Link to={`/${language}/bulletins/${entry.month}`} aria-label={t("bulletins.list.open", { month: entry.name })}>
                  {entry.name}
                </Link>
              </h3>
              <p className="muted">
                {t("bulletins.list.recalls", { count: entry.recalls })}
                {entry.sample ? <span className="badge badge--sample">{t("bulletins.sample.badge")}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="card subscription" aria-labelledby="subscription-heading">
        <h2 id="subscription-heading">{t("bulletins.subscription.title")}</h2>
        {saved ? <FormAlert tone="success">{t(saved.subscribed ? "bulletins.subscription.saved" : "bulletins.subscription.removed")}</FormAlert> : null}
        {subscription && !subscription.subscribed && !subscription.emailConfirmed ? (
          <ConfirmEmailNotice reason="bulletin" />
        ) : subscription ? (
          <Form method="post" className="stack">
            <p>{t(subscription.subscribed ? "bulletins.subscription.subscribed" : "bulletins.subscription.notSubscribed")}</p>
            <p className="muted">
              <Link to={`/${language}/account`}>{t("bulletins.subscription.language")}</Link>
            </p>
            <button type="submit" name="intent" value={subscription.subscribed ? "unsubscribe" : "subscribe"} className={subscription.subscribed ? "button button--secondary" : "button"}>
              {t(subscription.subscribed ? "bulletins.subscription.unsubscribe" : "bulletins.subscription.subscribe")}
            </button>
          </Form>
        ) : (
          <>
            <p>{t("bulletins.subscription.notSubscribed")}</p>
            <Link to={`/${language}/login?redirectTo=${encodeURIComponent(`/${language}/bulletins`)}`} className="button">
              {t("bulletins.subscription.logIn")}
            </Link>
          </>
        )}
      </section>
    </section>
  );
}
