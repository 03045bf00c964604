import stylesheet from "./trainer.css?url";

/** The styles of the trainer area: its navigation, audit log, person records and outbox: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const trainerStylesheet = { rel: "stylesheet", href: stylesheet };
