import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { endLoginSession } from "../login-session.server";

/** Logging out is a POST (a link or prefetch must not log anyone out). */
export async function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/${routeLanguage(params)}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  return endLoginSession(request, `/${routeLanguage(params)}`);
}
