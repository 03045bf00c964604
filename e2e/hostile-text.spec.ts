// Text people type can neither hide characters nor become links in our mails.
import LinkifyIt from "linkify-it";
import { expect, test } from "./test";
import { createTrainingSession, db, mailTo } from "./fixtures";
import { register } from "./flows";
import { LANGUAGES, logIn, signUp, strings, uniqueEmail } from "./support";

const linkify = new LinkifyIt();
/** Characters that reverse or hide text, and NUL. */
const HIDDEN = ["\u0000", "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\uFEFF"];
const hasHidden = (text: string) => HIDDEN.some((character) => text.includes(character));

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a form refuses a direction override next to the field and keeps what was typed`, async ({ page }) => {
    const session = await createTrainingSession({ capacity: 30 });
    await signUp(page, lng, { email: uniqueEmail(`bidi-${lng}`), name: lng === "zh" ? "冯雪" : "Xue Feng" });
    await page.goto(`/${lng}/trainings/${session.id}`);
    const company = page.getByLabel(t.trainings.register.company, { exact: true });
    await company.fill("Acme\u202Egnp.exe");
    await page.getByLabel(t.trainings.register.phone, { exact: true }).fill("13800138000");
    await page.getByLabel(t.courses.categories.toys).check();
    await page.getByLabel(t.trainings.register.consent).check();
    await page.getByRole("button", { name: t.trainings.register.submit }).click();
    await expect(page.locator("#company-error")).toHaveText(t.validation.hiddenCharacters);
    await expect(company).toHaveValue("Acme\u202Egnp.exe");
    expect(await db.registration.count({ where: { sessionId: session.id } })).toBe(0);
  });

  test(`${lng}: a name like a web address never becomes a link in our mail, and stored hidden characters never reach mail or CSV`, async ({ page, browser, baseURL }) => {
    const session = await createTrainingSession({ capacity: 30, trainerEmail: "trainer@example.com" });
    const email = uniqueEmail(`link-${lng}`);
    const name = "http://evil.example www.evil.example evil.com";
    await signUp(page, lng, { email, name });
    // Text stored before the input rule existed, with NUL and a direction override in it.
    await db.user.update({ where: { email }, data: { name: `${name} \u202Egnp.exe\u0000` } });
    await register(page, lng, session.id);

    // The registration mail: the last one, after the address confirmation sent at sign-up.
    const mail = await mailTo(email, t.trainings.mail.confirmed.subject.replace("{{title}}", lng === "zh" ? session.titleZh : session.titleEn));
    const text = mail!.text ?? "";
    const html = typeof mail!.html === "string" ? mail!.html : "";
    expect(hasHidden(text.replaceAll("\u200B", "")) || hasHidden(html.replaceAll("\u200B", "").replaceAll("&#8203;", ""))).toBe(false);
    // The HTML part links only to this site…
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${baseURL}/`), href).toBe(true);
    // …and neither part holds text a mail program would make into a link to another site, as an independent link finder sees it
    // (mailparser's textAsHtml is the text part with such links made).
    const reader = await browser.newPage();
    await reader.setContent(html);
    const shownText = await reader.locator("body").innerText();
    await reader.close();
    for (const found of [...(linkify.match(shownText) ?? []), ...(linkify.match(text) ?? [])]) expect(found.url.startsWith(`${baseURL}/`), found.url).toBe(true);
    expect(mail!.textAsHtml ?? "").not.toMatch(/href="[^"]*evil/);
    // The reader still sees the name as typed.
    expect(shownText.replaceAll("\u200B", "")).toContain(name);

    // The roster CSV carries no hidden character either, and no formula.
    const trainer = await browser.newPage();
    await logIn(trainer, lng, "trainer@example.com");
    const csv = (await (await trainer.request.get(`/${lng}/trainer/trainings/${session.id}/roster.csv`)).body()).toString("utf8");
    expect(csv).toContain("evil.com gnp.exe");
    expect(hasHidden(csv.replace(/^\uFEFF/, ""))).toBe(false);
    await trainer.close();
  });
}
