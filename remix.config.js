// Remix options, passed to the Vite plugin by vite.config.ts. Routes are
// declared here, one line per URL, so the app can be grouped by feature.

/** @param {import("@remix-run/dev/dist/config/routes").DefineRouteFunction} route */
function languageRoutes(route) {
  route("", "features/shell/routes/home.tsx", { index: true });
  route("join", "features/auth/routes/join.tsx");
  route("login", "features/auth/routes/login.tsx");
  route("logout", "features/auth/routes/logout.tsx");
  route("account", "features/auth/routes/account.tsx");
  route("account/email", "features/auth/routes/account-email.tsx");
  route("account/password", "features/auth/routes/account-password.tsx");
  route("account/sessions", "features/auth/routes/account-sessions.tsx");
  route("account/confirmation", "features/auth/routes/confirmation.tsx");
  route("account/data", "features/privacy/routes/my-data.tsx");
  route("account/data.json", "features/privacy/routes/my-data-json.ts");
  route("forgot-password", "features/auth/routes/forgot-password.tsx");
  route("reset-password/:token", "features/auth/routes/reset-password.tsx");
  route("confirm-email/:token", "features/auth/routes/confirm-email.tsx");
  route("privacy", "features/privacy/routes/notice.tsx");
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
  route("webinars/:slug/chapters.vtt", "features/webinars/routes/chapters-vtt.ts");
  route("webinars/caption-mode", "features/webinars/routes/caption-mode.ts");
  route("trainer/completions.csv", "features/trainer/routes/completions-csv.ts");
  route("trainer/sessions", "features/trainer/routes/sessions.tsx");
  route("trainer/sessions/export.csv", "features/trainer/routes/sessions-csv.ts");
  route("trainer/sessions/new", "features/trainer/routes/session-new.tsx");
  route("trainer/sessions/:id/edit", "features/trainer/routes/session-edit.tsx");
  route("trainer/sessions/:id/cancel", "features/trainer/routes/session-cancel.tsx");
  route("trainer/people", "features/trainer/routes/people.tsx");
  route("trainer/people/export.csv", "features/trainer/routes/people-csv.ts");
  route("trainer/people/:userId", "features/trainer/routes/person.tsx");
  route("trainer/people/:userId/export.csv", "features/trainer/routes/person-csv.ts");
  route("trainer/audit", "features/trainer/routes/audit.tsx");
  route("trainer/audit/export.csv", "features/trainer/routes/audit-csv.ts");
  route("trainer/outbox", "features/trainer/routes/outbox.tsx");
  route("trainer/webinars", "features/webinars/routes/trainer-list.tsx");
  route("trainer/webinars/new", "features/webinars/routes/trainer-new.tsx");
  route("trainer/webinars/:id", "features/webinars/routes/trainer-edit.tsx");
  route("trainer/webinars/:id/upload/*", "features/webinars/routes/trainer-upload.ts");
  route("resources", "features/resources/routes/library.tsx");
  route("resources/:slug", "features/resources/routes/resource.tsx");
  route("glossary", "features/glossary/routes/glossary.tsx");
  route("bulletins", "features/recalls/routes/bulletins.tsx");
  route("bulletins/:month", "features/recalls/routes/bulletin-month.tsx");
  route("trainer/recalls/import", "features/recalls/routes/import.tsx");
  route("trainer/bulletins", "features/recalls/routes/trainer-bulletins.tsx");
  route("trainer/translations", "features/recalls/routes/translations.tsx");
  route("trainer/translations/:id", "features/recalls/routes/translate.tsx");
  route("trainer/trainings/:id", "features/trainings/routes/roster.tsx");
  route("trainer/trainings/:id/roster.csv", "features/trainings/routes/roster-csv.ts");
  route("trainer/trainings/:id/sign-in-sheet", "features/trainings/routes/sign-in-sheet.tsx");
  route("verify", "features/certificates/routes/verify.tsx");
  route("verify/:number", "features/certificates/routes/verify-result.tsx");
  route("achievements/:type/:key", "features/certificates/routes/achievement.tsx");
  route("trainer/certificates", "features/certificates/routes/admin-list.tsx");
  route("trainer/certificates/export.csv", "features/certificates/routes/admin-export.ts");
  route("trainer/certificates/:number", "features/certificates/routes/admin-detail.tsx");
  route("trainer/reports", "features/reports/routes/index.tsx");
  route("trainer/reports/courses.csv", "features/reports/routes/index-csv.ts", { id: "reports-courses-csv" });
  route("trainer/reports/webinars.csv", "features/reports/routes/index-csv.ts", { id: "reports-webinars-csv" });
  route("trainer/reports/courses/:slug", "features/reports/routes/course.tsx");
  route("trainer/reports/courses/:slug/modules.csv", "features/reports/routes/course-csv.ts", { id: "reports-course-modules-csv" });
  route("trainer/reports/courses/:slug/questions.csv", "features/reports/routes/course-csv.ts", { id: "reports-course-questions-csv" });
  route("trainer/reports/webinars/:slug", "features/reports/routes/webinar.tsx");
  route("trainer/reports/webinars/:slug/watched.csv", "features/reports/routes/webinar-csv.ts", { id: "reports-webinar-watched-csv" });
  route("trainer/reports/webinars/:slug/retention.csv", "features/reports/routes/webinar-csv.ts", { id: "reports-webinar-retention-csv" });
  route("trainer/reports/webinars/:slug/questions.csv", "features/reports/routes/webinar-csv.ts", { id: "reports-webinar-questions-csv" });
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
      route("issuer", "features/certificates/routes/issuer.ts");
      route("certificates/:file", "features/certificates/routes/certificate-file.ts");
      route("verify/:number", "features/certificates/routes/verify-redirect.ts");
      route("achievements/:type/:key", "features/certificates/routes/achievement-address.ts");
      route(":lng", "features/i18n/routes/language-layout.tsx", () => languageRoutes(route));
    });
  },
};
