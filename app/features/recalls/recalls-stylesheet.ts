import stylesheet from "./recalls.css?url";

/** The styles of recall bulletins, recall import and translations: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const recallsStylesheet = { rel: "stylesheet", href: stylesheet };
