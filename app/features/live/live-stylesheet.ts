import stylesheet from "./live.css?url";

/** The styles of live webinars: status badges, waiting screen, questions and polls: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const liveStylesheet = { rel: "stylesheet", href: stylesheet };
