// Remix options, passed to the Vite plugin by vite.config.ts. Routes are
// declared here, one line per URL, so the app can be grouped by feature.

/** @param {import("@remix-run/dev/dist/config/routes").DefineRouteFunction} route */
function languageRoutes(route) {
  route("", "features/shell/routes/home.tsx", { index: true });
  route("join", "features/auth/routes/join.tsx");
  route("login", "features/auth/routes/login.tsx");
  route("logout", "features/auth/routes/logout.tsx");
  route("account", "features/auth/routes/account.tsx");
  route("trainer", "features/trainer/routes/overview.tsx");
  route("courses", "features/courses/routes/catalog.tsx");
  route("courses/:slug", "features/courses/routes/course.tsx");
  route("courses/:slug/:module", "features/courses/routes/module.tsx");
  route("courses/:slug/:module/quiz", "features/courses/routes/quiz.tsx");
  route("learning", "features/courses/routes/learning.tsx");
  route("trainings", "features/trainings/routes/list.tsx");
  route("trainings/:id", "features/trainings/routes/detail.tsx");
  route("trainings/:id/ticket", "features/trainings/routes/ticket.tsx");
  route("webinars", "features/webinars/routes/list.tsx");
  route("webinars/:slug", "features/webinars/routes/player.tsx");
  route("webinars/:slug/progress", "features/webinars/routes/progress.ts");
  route("webinars/:slug/quiz", "features/webinars/routes/quiz.tsx");
  route("resources", "features/resources/routes/library.tsx");
  route("resources/:slug", "features/resources/routes/resource.tsx");
  route("bulletins", "features/recalls/routes/bulletins.tsx");
  route("bulletins/:month", "features/recalls/routes/bulletin-month.tsx");
  route("trainer/recalls/import", "features/recalls/routes/import.tsx");
  route("trainer/bulletins", "features/recalls/routes/trainer-bulletins.tsx");
  route("trainer/translations", "features/recalls/routes/translations.tsx");
  route("trainer/translations/:id", "features/recalls/routes/translate.tsx");
  route("trainer/trainings/:id", "features/trainings/routes/roster.tsx");
  route("trainer/trainings/:id/roster.csv", "features/trainings/routes/roster-csv.ts");
  route("trainer/trainings/:id/sign-in-sheet", "features/trainings/routes/sign-in-sheet.tsx");
  route("*", "features/shell/routes/not-found.tsx");
}

/** @type {import("@remix-run/dev").VitePluginConfig} */
export default {
  ignoredRouteFiles: ["**/*"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
  routes(defineRoutes) {
    return defineRoutes((route) => {
      route("", "features/i18n/routes/language-redirect.tsx", { index: true });
      route("healthz", "features/health/routes/healthz.ts");
      route(":lng", "features/i18n/routes/language-layout.tsx", () => languageRoutes(route));
    });
  },
};
