// The page cache (decision 0013): a visitor who is not signed in gets public
// pages from the server's memory for a few seconds; a signed-in visitor never does.
import { expect, test } from "./test";
import { LANGUAGES, logIn, strings } from "./support";
import { oneConnection } from "./one-connection";

/** A URL no other test has asked for, so the first request cannot find it kept. */
const fresh = (path: string) => `${path}${path.includes("?") ? "&" : "?"}probe=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a visitor who is not signed in gets the catalog from the page cache, a signed-in learner never`, async ({ page, baseURL }) => {
    await logIn(page, lng, "learner@example.com");
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    const connection = oneConnection(baseURL!);
    try {
      const catalog = fresh(`/${lng}/courses`);
      const first = await connection.get(catalog);
      expect(first.status).toBe(200);
      expect(first.headers["x-cache"]).toBe("MISS");
      expect(first.headers["cache-control"]).toMatch(/public.*s-maxage=\d+/);
      expect(first.headers.vary).toMatch(/Cookie/);
      expect(first.body).toContain(`>${t.courses.catalog.title}<`);
      expect(first.body).toContain(`>${t.common.account.login}<`);

      const second = await connection.get(catalog);
      expect(second.headers["x-cache"]).toBe("HIT");
      expect(second.body).toBe(first.body);
      // A kept page is sent with the policy, and so the nonce, of the render that produced it (decision 0016).
      const policy = String(first.headers["content-security-policy"]);
      expect(second.headers["content-security-policy"]).toBe(policy);
      expect(first.body).toContain(`<script nonce="${/'nonce-([^']+)'/.exec(policy)![1]}"`);

      const signedIn = await connection.get(catalog, { cookie });
      expect(signedIn.status).toBe(200);
      expect(signedIn.headers["x-cache"]).toBeUndefined();
      expect(signedIn.headers["cache-control"] ?? "").not.toMatch(/public/);
      expect(signedIn.body).toContain(`>${t.common.account.logout}<`);
      expect(signedIn.body).not.toBe(first.body);

      const anonymousAgain = await connection.get(catalog);
      expect(anonymousAgain.headers["x-cache"]).toBe("HIT");
      expect(anonymousAgain.body).not.toContain(`>${t.common.account.logout}<`);
    } finally {
      connection.close();
    }
  });

  test(`${lng}: a kept page works in the browser like a rendered one`, async ({ page }) => {
    const module = `/${lng}/courses/toy-safety-us/lead-and-phthalates`;
    // The first answer also sets the language cookie, which is part of the key; a browser may open another connection (another worker).
    let cached = false;
    for (let visit = 0; visit < 6 && !cached; visit++) cached = /HIT|STALE/.test((await page.goto(module))?.headers()["x-cache"] ?? "");
    expect(cached).toBe(true);
    await expect(page.locator("html")).toHaveAttribute("lang", lng === "zh" ? "zh-CN" : "en");
    await page.getByTestId("language-switcher").click();
    const other = lng === "zh" ? "en" : "zh";
    await expect(page).toHaveURL(`/${other}/courses/toy-safety-us/lead-and-phthalates`);
    await expect(page.locator("html")).toHaveAttribute("lang", other === "zh" ? "zh-CN" : "en");
  });

  test(`${lng}: a missing page and a forged session are never kept or answered from memory`, async ({ baseURL }) => {
    const connection = oneConnection(baseURL!);
    try {
      const missing = fresh(`/${lng}/courses/no-such-course`);
      for (let attempt = 0; attempt < 2; attempt++) {
        const reply = await connection.get(missing);
        expect(reply.status).toBe(404);
        expect(reply.headers["x-cache"]).toBe("MISS");
        expect(reply.body).toContain(t.errors.notFound.title);
      }

      const catalog = fresh(`/${lng}/courses`);
      await connection.get(catalog);
      const forged = await connection.get(catalog, { cookie: "__session=forged.value" });
      expect(forged.status).toBe(200);
      expect(forged.headers["x-cache"]).toBeUndefined();
      expect(forged.body).toContain(`>${t.common.account.login}<`);
    } finally {
      connection.close();
    }
  });
}
