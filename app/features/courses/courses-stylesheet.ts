import stylesheet from "./courses.css?url";

/** The styles of the course catalog, course and module pages: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const coursesStylesheet = { rel: "stylesheet", href: stylesheet };
