import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { resolveLanguage } from "~/platform/i18n/i18next.server";

/** `/verify/{number}`, the address in the QR code: opens in the reader's language. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = await resolveLanguage(request);
  return redirect(`/${language}/verify/${encodeURIComponent(params.number ?? "")}`, { headers: { Vary: "Cookie, Accept-Language" } });
}
