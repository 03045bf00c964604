// The `test` every spec uses: Playwright's, with a check that runs around
// each test (decision 0016). Every page the test opens must finish without a
// Content-Security-Policy violation, an uncaught exception or an error on
// the console; otherwise the test fails and lists them.
import { test as base, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export { expect, type Browser, type Page } from "@playwright/test";

/**
 * Chromium logs each failed network response on the console. A 4xx is what
 * the app answers to bad input (a rejected form, a refused report): the test
 * asserts those itself; everything else on the console is a problem.
 */
function isExpectedClientError(message: ConsoleMessage): boolean {
  return /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(message.text());
}

/**
 * Starts recording what goes wrong in the pages of `context`: a
 * Content-Security-Policy violation, an uncaught exception, an error on the
 * console. The returned list fills as it happens.
 */
export async function watchBrowserProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content-Security-Policy violation: ${event.effectiveDirective} refused ${event.blockedURI || "an inline script or style"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on("console", (message) => {
    if (message.type() === "error" && !isExpectedClientError(message)) problems.push(`console error on ${message.location().url}: ${message.text()}`);
  });
  context.on("weberror", (error) => problems.push(`uncaught exception on ${error.page()?.url() ?? "a page"}: ${error.error().message}`));
  return problems;
}

export const test = base.extend<{ browserProblems: string[] }>({
  browserProblems: [
    async ({ context }, use) => {
      const problems = await watchBrowserProblems(context);
      await use(problems);
      base.expect(problems, "problems in the browser").toEqual([]);
    },
    { auto: true },
  ],
});
