import type { LoaderFunctionArgs } from "@remix-run/node";
import { storedJsonReader } from "~/platform/db/stored-json";
import { chapterListSchema, chaptersVtt } from "../chapters";
import { requireWebinar } from "../webinars.server";
import { notFound } from "~/platform/http/responses";
import { routeLanguage } from "~/platform/i18n/route-language.server";

const readChapters = storedJsonReader(chapterListSchema);

/** The chapters a trainer entered, as the WebVTT chapters track the player loads. */
export async function loader({ params }: LoaderFunctionArgs) {
  const webinar = await requireWebinar(params.slug, routeLanguage(params));
  const chapters = readChapters(webinar.chapterList);
  if (chapters.length === 0) throw notFound();
  return new Response(chaptersVtt(chapters, webinar.durationSeconds), { headers: { "Content-Type": "text/vtt; charset=utf-8", "Cache-Control": "no-cache" } });
}
