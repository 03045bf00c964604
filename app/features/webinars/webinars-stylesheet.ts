import stylesheet from "./webinars.css?url";

/** The styles of recorded webinars: list posters, checkpoints, bilingual captions and the trainer's webinar page: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const webinarsStylesheet = { rel: "stylesheet", href: stylesheet };
