import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { resolveLanguage } from "~/platform/i18n/i18next.server";
import { isAchievementType } from "../achievement-types";
import { findAchievementByKey } from "../achievements.server";
import { achievementDocument } from "../open-badge.server";

const VARY = { Vary: "Accept, Cookie, Accept-Language" };

/**
 * `/achievements/{type}/{key}`, the `achievement.id` of every credential:
 * JSON-LD for programs that ask for JSON, otherwise the page in the reader's
 * language (which shows both languages).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const wantsJson = /application\/(ld\+)?json/i.test(request.headers.get("Accept") ?? "");
  const type = params.type ?? "";
  const key = params.key ?? "";
  const achievement = isAchievementType(type) ? await findAchievementByKey(type, key) : null;
  if (!wantsJson) {
    const language = await resolveLanguage(request);
    return redirect(`/${language}/achievements/${encodeURIComponent(type)}/${encodeURIComponent(key)}`, { headers: VARY });
  }
  if (!achievement) return Response.json({ error: "No achievement has this address." }, { status: 404, headers: VARY });
  return new Response(JSON.stringify(await achievementDocument(achievement), null, 2), {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=300", ...VARY },
  });
}
