// The Nu HTML Checker (vnu.jar, the W3C validator's engine) over the main
// pages in both languages, as anonymous visitor, learner and trainer: 0 errors.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./test";
import vnuJar from "vnu-jar";
import { db } from "./fixtures";
import { LANGUAGES, logIn } from "./support";

type VnuMessage = { type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string };

/** Runs the checker once over many saved pages (the JVM starts slowly) and returns its errors. */
function htmlErrors(pages: Record<string, string>): VnuMessage[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-html-"));
  const files = Object.entries(pages).map(([name, html]) => {
    const file = path.join(dir, `${name.replace(/[^\w-]+/g, "_")}.html`);
    fs.writeFileSync(file, html);
    return file;
  });
  const output = execFileSync("java", ["-jar", String(vnuJar), "--format", "json", "--stdout", "--exit-zero-always", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages.filter((message) => message.type === "error" || message.type === "non-document-error");
}

async function fetchPages(request: APIRequestContext, paths: string[]): Promise<Record<string, string>> {
  const pages: Record<string, string> = {};
  for (const url of paths) {
    const response = await request.get(url);
    expect(response.status(), url).toBeLessThan(400);
    expect(response.headers()["content-type"], url).toContain("text/html");
    pages[url] = await response.text();
  }
  return pages;
}

for (const lng of LANGUAGES) {
  test(`${lng}: the main pages are valid HTML for the Nu HTML Checker`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const training = await db.trainingSession.findFirstOrThrow({ where: { code: { startsWith: "ningbo" } }, orderBy: { startsAt: "desc" } });
    const certificate = await db.certificate.findFirstOrThrow({ where: { revokedAt: null } });
    const publicPaths = [
      "",
      "/courses",
      "/courses/toy-safety-us",
      "/courses/toy-safety-us/lead-and-phthalates",
      "/trainings",
      `/trainings/${training.id}`,
      "/webinars",
      "/webinars/ecommerce-safe-products",
      "/resources",
      "/bulletins",
      "/glossary",
      "/verify",
      `/verify/${certificate.number}`,
      "/achievements/course/toy-safety-us",
      "/login",
      "/join",
      "/no-such-page",
    ].map((url) => `/${lng}${url}`);
    const pages = await fetchPages(page.request, publicPaths.filter((url) => !url.endsWith("/no-such-page")));
    pages[`/${lng}/no-such-page`] = await (await page.request.get(`/${lng}/no-such-page`)).text();

    const learner = await browser.newContext();
    const learnerPage = await learner.newPage();
    await logIn(learnerPage, lng, "learner@example.com");
    Object.assign(pages, await fetchPages(learnerPage.request, ["/account", "/learning", "/courses/toy-safety-us/lead-and-phthalates/quiz", "/webinars/ecommerce-safe-products/quiz"].map((url) => `/${lng}${url}`)));
    await learner.close();

    await logIn(page, lng, "trainer@example.com");
    const trainerPaths = ["/trainer", "/trainer/sessions", "/trainer/sessions/new", `/trainer/trainings/${training.id}`, `/trainer/trainings/${training.id}/sign-in-sheet`, `/trainer/trainings/${training.id}/check-in`, "/trainer/people", "/trainer/reports", "/trainer/reports/courses/toy-safety-us", "/trainer/bulletins", "/trainer/translations"];
    for (const [url, html] of Object.entries(await fetchPages(page.request, trainerPaths.map((path) => `/${lng}${path}`)))) pages[`trainer:${url}`] = html;

    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await logIn(adminPage, lng, "admin@example.com");
    for (const [url, html] of Object.entries(await fetchPages(adminPage.request, [`/${lng}/trainer/outbox`]))) pages[`admin:${url}`] = html;
    await admin.close();

    const errors = htmlErrors(pages);
    expect(errors.map((error) => `${path.basename(error.url)}:${error.lastLine ?? ""} ${error.message} ${error.extract ?? ""}`)).toEqual([]);
  });
}
