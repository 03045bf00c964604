import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { resolveLanguage } from "../i18next.server";

/** `/` → `/zh` or `/en`, by the remembered choice, then Accept-Language, then Chinese. */
export async function loader({ request }: LoaderFunctionArgs) {
  const language = await resolveLanguage(request);
  return redirect(`/${language}`, { headers: { Vary: "Cookie, Accept-Language" } });
}
