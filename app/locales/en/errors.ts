export const errors = {
  notFound: {
    title: "Page not found",
    body: "We could not find the page you asked for. It may have moved, or the address may be mistyped.",
  },
  forbidden: {
    title: "Access denied",
    body: "Your account does not have permission to open this page.",
  },
  badRequest: {
    title: "Request not accepted",
    body: "The request could not be processed. Go back and try again.",
  },
  serverError: {
    title: "Something went wrong",
    body: "An unexpected error occurred on our side. Please try again in a moment.",
  },
  backHome: "Back to the home page",
  /** A route's own explanation, where it fails in its own way (RouteErrorBoundary). */
  routes: {
    moduleNotFound: "This course has no module at this address. Open the course page to choose one of its modules.",
    webinarNotFound: "There is no recorded webinar at this address. The webinar list shows every webinar you can watch.",
    trainingNotFound: "There is no training session at this address. The training list shows every session open for registration.",
    trainerForbidden: "This back-office page is for trainers, and some pages only for administrators. Sign in with such an account to open it.",
  },
};
