import stylesheet from "./auth.css?url";

/** The styles of account pages: their navigation and the signed-in devices list: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const authStylesheet = { rel: "stylesheet", href: stylesheet };
