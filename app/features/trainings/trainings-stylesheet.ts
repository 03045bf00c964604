import stylesheet from "./trainings.css?url";

/** The styles of training sessions: cards, registration, tickets, roster, check-in and the sign-in sheet: linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const trainingsStylesheet = { rel: "stylesheet", href: stylesheet };
