import type { ActionFunctionArgs, AppLoadContext, EntryContext, HandleDataRequestFunction, LoaderFunctionArgs } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { buffer } from "node:stream/consumers";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { resolveLanguage } from "~/platform/i18n/i18next.server";
import { rememberLanguage } from "~/platform/i18n/language-cookie.server";
import { renderingI18n } from "~/platform/i18n/rendering-i18n.server";
import { documentEndLast } from "~/platform/http/document-end-last.server";
import { logRequestError } from "~/platform/http/log-request-error.server";
import { logger } from "~/platform/runtime/logger.server";
import { KEPT_PERSONAL_PAGE_HEADER, markPersonalPage, markPublicPage } from "~/platform/http/public-page.server";
import { CspNonceContext } from "~/platform/shell/csp-nonce";
import { withoutNullBytes } from "~/platform/http/without-null-bytes.server";
import { startJobRunner } from "~/jobs.server";
import { personalPages } from "~/personal-pages.server";

/**
 * The production server (server/worker.js) starts and stops the job runner
 * through the build's entry module, and keeps signed-in pages per personal
 * state with these (decision 0038).
 */
export { startJobRunner, personalPages, KEPT_PERSONAL_PAGE_HEADER };

// The development server has no server/worker.js: run jobs in it too, once per process.
const devProcess = globalThis as { devJobRunner?: unknown };
if (process.env.NODE_ENV === "development" && !devProcess.devJobRunner) devProcess.devJobRunner = startJobRunner();

const ABORT_DELAY = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const language = await resolveLanguage(request);
  const i18n = await renderingI18n(language);
  await rememberLanguage(request, responseHeaders);
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <CspNonceContext.Provider value={nonce}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </CspNonceContext.Provider>
      </I18nextProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        // The finished document goes out in one piece, to browsers and crawlers
        // alike: written chunk by chunk, each chunk was flushed through
        // compression on its own, which cost more CPU than compressing the whole
        // page once (decision 0037). Pages are small and render in milliseconds;
        // none waits on deferred data.
        onAllReady() {
          markPublicPage(responseHeaders, responseStatusCode, remixContext);
          markPersonalPage(responseHeaders, responseStatusCode, remixContext, loadContext);
          const body = withoutNullBytes();
          buffer(body.pipe(documentEndLast())).then((html) => resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode })), reject);
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logger.error({ err: error }, "render error");
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1_000);
  });
}

/** Client-side navigations go through here: remember the language there too. */
export const handleDataRequest: HandleDataRequestFunction = async (response, { request }) => {
  await rememberLanguage(request, response.headers);
  return response;
};

export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  logRequestError(error, request);
}
