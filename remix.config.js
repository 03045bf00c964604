// Remix options, passed to the Vite plugin by vite.config.ts. Routes are
// declared here, one line per URL, so the app can be grouped by feature.

/** @param {import("@remix-run/dev/dist/config/routes").DefineRouteFunction} route */
function languageRoutes(route) {
  route("", "platform/shell/routes/home.tsx", { index: true });
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
  // The trainer area: one layout (its navigation) around every back-office page. Each page's loader checks the role itself.
  route("trainer", "features/trainer/routes/layout.tsx", () => {
    route("", "features/trainer/routes/overview.tsx", { index: true });
    route("completions.csv", "features/trainer/routes/completions-csv.ts");
    route("sessions", "features/trainings/routes/trainer/sessions.tsx");
    route("sessions/export.csv", "features/trainings/routes/trainer/sessions-csv.ts");
    route("sessions/new", "features/trainings/routes/trainer/session-new.tsx");
    route("sessions/:id/edit", "features/trainings/routes/trainer/session-edit.tsx");
    route("sessions/:id/cancel", "features/trainings/routes/trainer/session-cancel.tsx");
    route("people", "features/trainer/routes/people.tsx");
    route("people/export.csv", "features/trainer/routes/people-csv.ts");
    route("people/:userId", "features/trainer/routes/person.tsx");
    route("people/:userId/export.csv", "features/trainer/routes/person-csv.ts");
    route("audit", "features/trainer/routes/audit.tsx");
    route("audit/export.csv", "features/trainer/routes/audit-csv.ts");
    route("outbox", "features/trainer/routes/outbox.tsx");
    route("live", "features/live/routes/trainer/list.tsx");
    route("live/new", "features/live/routes/trainer/new.tsx");
    route("live/:id", "features/live/routes/trainer/manage.tsx");
    route("live/:id/attendance", "features/live/routes/trainer/attendance.tsx");
    route("live/:id/attendance.csv", "features/live/routes/trainer/attendance-csv.ts");
    route("webinars", "features/webinars/routes/trainer/list.tsx");
    route("webinars/new", "features/webinars/routes/trainer/new.tsx");
    route("webinars/:id", "features/webinars/routes/trainer/edit.tsx");
    route("webinars/:id/upload/*", "features/webinars/routes/trainer/upload.ts");
    route("webinars/:id/frame", "features/webinars/routes/trainer/frame.ts");
    route("recalls/import", "features/recalls/routes/trainer/import.tsx");
    route("bulletins", "features/recalls/routes/trainer/bulletins.tsx");
    route("translations", "features/recalls/routes/trainer/translations.tsx");
    route("translations/:id", "features/recalls/routes/trainer/translate.tsx");
    route("trainings/:id", "features/trainings/routes/trainer/roster.tsx");
    route("trainings/:id/roster.csv", "features/trainings/routes/trainer/roster-csv.ts");
    route("certificates", "features/certificates/routes/trainer/list.tsx");
    route("certificates/export.csv", "features/certificates/routes/trainer/export-csv.ts");
    route("certificates/:number", "features/certificates/routes/trainer/detail.tsx");
    route("reports", "features/reports/routes/trainer/index.tsx");
    route("reports/courses.csv", "features/reports/routes/trainer/index-csv.ts", { id: "reports-courses-csv" });
    route("reports/webinars.csv", "features/reports/routes/trainer/index-csv.ts", { id: "reports-webinars-csv" });
    route("reports/courses/:slug", "features/reports/routes/trainer/course.tsx");
    route("reports/courses/:slug/modules.csv", "features/reports/routes/trainer/course-csv.ts", { id: "reports-course-modules-csv" });
    route("reports/courses/:slug/questions.csv", "features/reports/routes/trainer/course-csv.ts", { id: "reports-course-questions-csv" });
    route("reports/webinars/:slug", "features/reports/routes/trainer/webinar.tsx");
    route("reports/webinars/:slug/watched.csv", "features/reports/routes/trainer/webinar-csv.ts", { id: "reports-webinar-watched-csv" });
    route("reports/webinars/:slug/retention.csv", "features/reports/routes/trainer/webinar-csv.ts", { id: "reports-webinar-retention-csv" });
    route("reports/webinars/:slug/questions.csv", "features/reports/routes/trainer/webinar-csv.ts", { id: "reports-webinar-questions-csv" });
  });
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
  route("live/:id", "features/live/routes/detail.tsx");
  route("webinars/:slug/chapters.vtt", "features/webinars/routes/chapters-vtt.ts");
  route("webinars/caption-mode", "features/webinars/routes/caption-mode.ts");
  route("resources", "features/resources/routes/library.tsx");
  route("resources/:slug", "features/resources/routes/resource.tsx");
  route("glossary", "features/glossary/routes/glossary.tsx");
  route("bulletins", "features/recalls/routes/bulletins.tsx");
  route("bulletins/:month", "features/recalls/routes/bulletin-month.tsx");
  // Printed, so outside the trainer layout (no navigation on paper); its loader checks the role like the others.
  route("trainer/trainings/:id/sign-in-sheet", "features/trainings/routes/trainer/sign-in-sheet.tsx");
  // The door's check-in page works offline (decision 0025); like the sheet it stands alone, outside the
  // trainer layout, and checks the role itself, as do its sync endpoint and app manifest.
  route("trainer/trainings/:id/check-in", "features/trainings/routes/trainer/check-in.tsx");
  route("trainer/trainings/:id/check-in/sync", "features/trainings/routes/trainer/check-in-sync.ts");
  route("trainer/trainings/:id/check-in/app.webmanifest", "features/trainings/routes/trainer/check-in-manifest.ts");
  route("verify", "features/certificates/routes/verify.tsx");
  route("verify/:number", "features/certificates/routes/verify-result.tsx");
  route("achievements/:type/:key", "features/certificates/routes/achievement.tsx");
  route("*", "platform/shell/routes/not-found.tsx");
}

/** @type {import("@remix-run/dev").VitePluginConfig} */
export default {
  ignoredRouteFiles: ["**/*"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Off: the whole route manifest is one small cached file, cheaper than matching a partial one per page (decision 0033).
    v3_lazyRouteDiscovery: false,
    v3_singleFetch: true,
  },
  routes(defineRoutes) {
    return defineRoutes((route) => {
      route("", "platform/i18n/routes/language-redirect.tsx", { index: true });
      route("healthz", "platform/health/routes/healthz.ts");
      route("issuer", "features/certificates/routes/issuer.ts");
      route("ingest/:event", "features/live/routes/ingest.ts");
      route("live/:id/status.json", "features/live/routes/status.ts");
      route("live/:id/events", "features/live/routes/events.ts");
      route("live/:id/heartbeat", "features/live/routes/heartbeat.ts");
      route("certificates/:file", "features/certificates/routes/certificate-file.ts");
      route("verify/:number", "features/certificates/routes/verify-redirect.ts");
      route("achievements/:type/:key", "features/certificates/routes/achievement-address.ts");
      route(":lng", "platform/i18n/routes/language-layout.tsx", () => languageRoutes(route));
    });
  },
};
