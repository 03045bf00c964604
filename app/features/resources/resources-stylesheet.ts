import stylesheet from "./resources.css?url";

/** The styles of the resource library: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const resourcesStylesheet = { rel: "stylesheet", href: stylesheet };
