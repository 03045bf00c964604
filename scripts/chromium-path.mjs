import fs from "node:fs";

/**
 * Debian's Chromium when present (no browser download needed), or the one
 * named by PLAYWRIGHT_CHROMIUM_PATH; undefined means Playwright's own browser.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"];
  return candidates.find((candidate) => Boolean(candidate && fs.existsSync(candidate)));
}
