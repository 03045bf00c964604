import { expect, test } from "./test";
import { db } from "./fixtures";
import { LANGUAGES, logIn, signUp, strings, uniqueEmail } from "./support";

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a trainer finds a learner by part of a Chinese name or an email in any case, and opens their record`, async ({ page, browser }) => {
    const email = uniqueEmail(`people-${lng}`);
    const name = `慕容${lng === "zh" ? "雪" : "Snow"}${Date.now().toString(36)}`;
    const learnerContext = await browser.newContext();
    await signUp(await learnerContext.newPage(), lng, { email, name, company: "Yiwu Bright Toys 义乌明亮玩具" });
    await learnerContext.close();

    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer`);
    await page.getByRole("navigation", { name: t.trainer.nav.label }).getByRole("link", { name: t.trainer.nav.people }).click();
    await page.getByLabel(t.manage.people.search).fill(name.slice(0, 4));
    await page.getByRole("button", { name: t.manage.search }).click();
    await expect(page.getByTestId("person-row")).toHaveCount(1);
    await page.getByLabel(t.manage.people.search).fill(email.toUpperCase());
    await page.getByRole("button", { name: t.manage.search }).click();
    await expect(page.getByTestId("person-row")).toHaveCount(1);
    await page.getByLabel(t.manage.people.search).fill("yiwu bright");
    await page.getByRole("button", { name: t.manage.search }).click();
    await expect(page.getByTestId("person-row").filter({ hasText: name })).toHaveCount(1);

    const csv = await page.request.get(`/${lng}/trainer/people/export.csv?q=${encodeURIComponent(name)}`);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("义乌明亮玩具");
    expect(bytes.toString("utf8").split("\r\n")[0]).toContain(t.manage.people.columns.joined);

    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText(t.manage.record.noCertificates)).toBeVisible();
    await expect(page.getByRole("heading", { name: t.manage.role.title })).toHaveCount(0);
    const record = await page.request.get(`${new URL(page.url()).pathname}/export.csv`);
    expect((await record.body()).subarray(0, 3).toString("hex")).toBe("efbbbf");
  });

  test(`${lng}: an admin changes a role, cannot drop their own admin role, and finds the change in the audit log`, async ({ page, browser }) => {
    const email = uniqueEmail(`role-${lng}`);
    const name = lng === "zh" ? `上官婷${Date.now().toString(36)}` : `Role Person ${Date.now().toString(36)}`;
    const context = await browser.newContext();
    await signUp(await context.newPage(), lng, { email, name });
    await context.close();
    const person = await db.user.findUniqueOrThrow({ where: { email } });

    await logIn(page, lng, "admin@example.com");
    await page.goto(`/${lng}/trainer/people/${person.id}`);
    await page.getByLabel(t.manage.people.columns.role, { exact: true }).selectOption("trainer");
    await page.getByRole("button", { name: t.manage.role.save }).click();
    await expect(page.getByText(t.manage.saved.role.replace("{{role}}", t.common.roles.trainer))).toBeVisible();
    await expect(page.getByTestId("person-role")).toHaveText(t.common.roles.trainer);

    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    await page.goto(`/${lng}/trainer/people/${admin.id}`);
    await page.getByLabel(t.manage.people.columns.role, { exact: true }).selectOption("learner");
    await page.getByRole("button", { name: t.manage.role.save }).click();
    await expect(page.locator("#role-error")).toHaveText(t.validation.ownAdminRole);
    await expect(page.getByLabel(t.manage.people.columns.role, { exact: true })).toHaveValue("learner");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");

    await page.goto(`/${lng}/trainer`);
    await page.getByRole("navigation", { name: t.trainer.nav.label }).getByRole("link", { name: t.trainer.nav.audit }).click();
    await page.getByLabel(t.manage.audit.columns.action, { exact: true }).selectOption("user.role");
    await page.getByRole("button", { name: t.manage.filter }).click();
    const entry = page.getByTestId("audit-entry").filter({ has: page.locator(`a[href$="/trainer/people/${person.id}"]`) });
    await expect(entry).toContainText(t.manage.audit.actions.userRole);
    await expect(entry).toContainText(`${t.manage.audit.details.from}: ${t.common.roles.learner}`);
    const csv = await page.request.get(`/${lng}/trainer/audit/export.csv?action=user.role`);
    const text = (await csv.body()).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain(t.manage.audit.actions.userRole);
    expect(text).toContain(person.id);
  });
}
