import stylesheet from "./certificates.css?url";

/** The styles of certificate links, verification and achievement pages: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const certificatesStylesheet = { rel: "stylesheet", href: stylesheet };
