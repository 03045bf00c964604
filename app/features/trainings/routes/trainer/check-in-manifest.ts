// The web app manifest of a session's check-in page: a trainer can install
// the page on a phone's home screen and open it at the door without a
// network (decision 0029). Only the session's trainers fetch it (the page
// links it with credentials).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { localized } from "~/platform/i18n/localized";
import { checkInPath } from "../../check-in/paths";
import { requireTrainingSessionTrainer } from "../../trainer-access.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { session } = await requireTrainingSessionTrainer(request, params.id);
  const t = await getServerT(language);
  const page = checkInPath(language, session.id);
  const manifest = {
    name: t("checkIn.title", { title: localized(session, "title", language) }),
    short_name: t("checkIn.appName"),
    lang: language === "zh" ? "zh-CN" : "en",
    start_url: page,
    scope: page,
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5cad",
    icons: [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml" }],
  };
  return new Response(JSON.stringify(manifest), { headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "private, no-cache" } });
}
