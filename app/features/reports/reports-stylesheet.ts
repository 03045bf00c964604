import stylesheet from "./reports.css?url";

/** The styles of the trainer's report pages (charts and report tables): linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const reportsStylesheet = { rel: "stylesheet", href: stylesheet };
