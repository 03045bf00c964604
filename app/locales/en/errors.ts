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
};
