import type { LinksFunction } from "@remix-run/node";
import stylesheet from "./reports.css?url";

/** The report pages' own styles (charts and report tables). */
export const reportsLinks: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];
