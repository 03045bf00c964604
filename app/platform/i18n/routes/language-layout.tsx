import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { routeLanguage } from "../route-language.server";

/** Every page lives under `/{lng}`; an unknown language segment is a localized 404. */
export async function loader({ params }: LoaderFunctionArgs) {
  return { language: routeLanguage(params) };
}

export default function LanguageLayout() {
  return <Outlet />;
}
