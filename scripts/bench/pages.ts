// What the benchmark loads: one page of each kind, in both languages.
export const LANGUAGES = ["zh", "en"] as const;

export const PAGE_KINDS = [
  { kind: "home", path: "" },
  { kind: "catalog", path: "/courses" },
  { kind: "module", path: "/courses/toy-safety-us/lead-and-phthalates" },
  { kind: "webinar", path: "/webinars/ecommerce-safe-products" },
] as const;

export type PageKind = (typeof PAGE_KINDS)[number]["kind"];

export const LOAD_PAGES = LANGUAGES.flatMap((language) => PAGE_KINDS.map(({ kind, path }) => ({ kind, language, path: `/${language}${path}` })));

/** Routes whose JavaScript, CSS and page weight are measured in a browser. */
export const WEIGHED_ROUTES = [
  { route: "home", path: "/zh" },
  { route: "catalog", path: "/zh/courses" },
  { route: "course", path: "/zh/courses/toy-safety-us" },
  { route: "module", path: "/zh/courses/toy-safety-us/lead-and-phthalates" },
  { route: "trainings", path: "/zh/trainings" },
  { route: "webinars", path: "/zh/webinars" },
  { route: "webinar", path: "/zh/webinars/ecommerce-safe-products" },
  { route: "login", path: "/zh/login" },
] as const;

/** The same request headers a browser sends that matter here. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html" };

/**
 * A browser that carries a cookie of its own (as a signed-in visitor does) is
 * never answered from the page cache: every request renders the page.
 */
export const RENDERING_HEADERS = { ...BROWSER_HEADERS, cookie: "bench=render-every-request" };

/** Pages a signed-in learner opens, measured with one login session per connection. */
export const SIGNED_IN_PAGES = LANGUAGES.flatMap((language) =>
  [
    { kind: "course", path: "/courses/toy-safety-us" },
    { kind: "module", path: "/courses/toy-safety-us/lead-and-phthalates" },
    { kind: "webinar", path: "/webinars/ecommerce-safe-products" },
  ].map(({ kind, path }) => ({ kind, language, path: `/${language}${path}` })),
);

/**
 * What a signed-in page fetches apart once loaded (decision 0039): the
 * webinar player, where the learner is and their checkpoint questions. One
 * language: the answer is the same work in both. For information.
 */
export const SIGNED_IN_FETCHES = [{ kind: "webinar watch state", language: "zh", path: "/zh/webinars/ecommerce-safe-products/progress" }] as const;

/**
 * The hall's moment, measured as a burst (one request per learner, all at
 * once) on module pages nobody has opened yet: one where the class is at the
 * same point, one where every learner is at a point of their own (a
 * different number of attempts at its quiz), so no kept page fits two of
 * them (decision 0038). For information beside the targets.
 */
export const HALL_OPENS = {
  course: "toy-safety-us",
  samePoint: "/zh/courses/toy-safety-us/framework-and-astm-f963",
  ownPoint: { module: "small-parts-and-warnings", path: "/zh/courses/toy-safety-us/small-parts-and-warnings" },
} as const;

/** The module quiz the class takes. */
export const CLASS_QUIZ = { course: "toy-safety-us", module: "lead-and-phthalates", path: "/zh/courses/toy-safety-us/lead-and-phthalates/quiz" } as const;
/**
 * Another quiz of the same course, which the class takes first, as a class
 * goes through a course module by module: the same route and queries, so the
 * server's code is as warm as each page line's is after its warm-up (a few
 * hundred requests), and attempts there do not count at the measured quiz.
 */
export const CLASS_QUIZ_WARM_UP = "/zh/courses/toy-safety-us/magnets/quiz";

/** Learners signed in at once: one per connection. */
export const SIGNED_IN_LEARNERS = 100;
