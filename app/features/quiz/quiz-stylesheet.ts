import stylesheet from "./quiz.css?url";

/** The styles of quiz forms and reviews (module and webinar quizzes): linked by each route that shows them (docs/architecture.md, "Stylesheets"). */
export const quizStylesheet = { rel: "stylesheet", href: stylesheet };
