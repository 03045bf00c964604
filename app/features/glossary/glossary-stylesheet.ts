import stylesheet from "./glossary.css?url";

/** The styles of the glossary page: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const glossaryStylesheet = { rel: "stylesheet", href: stylesheet };
