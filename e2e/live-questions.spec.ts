// Live webinars, part three: Q&A over Server-Sent Events. An attendee asks
// (an empty question is refused next to the field), a second attendee sees it
// and votes, the host's panel shows it by votes without a reload, marks it
// answered with a written answer, and the attendees see that by themselves;
// the host hides a question and mutes its asker.
import { expect, test } from "./test";
import { createLiveWebinar } from "./live-fixtures";
import { LANGUAGES, expectAccessible, logIn, signUp, strings, uniqueEmail } from "./support";

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: ask, vote, answer and moderate questions live`, async ({ page, browser }) => {
    const webinar = await createLiveWebinar({ registrationRequired: false });
    const host = await (await browser.newContext()).newPage();
    await logIn(host, lng, "trainer@example.com");
    await host.goto(`/${lng}/trainer/live/${webinar.id}`);
    await expect(host.getByText(t.live.questions.none)).toBeVisible();

    await signUp(page, lng, { email: uniqueEmail(`ask-${lng}`), name: lng === "zh" ? "郑洁" : "Jade Zheng" });
    await page.goto(`/${lng}/live/${webinar.id}`);
    // Bad input: an empty question.
    await page.getByRole("button", { name: t.live.questions.send }).click();
    await expect(page.getByLabel(t.live.questions.ask)).toHaveAccessibleDescription(new RegExp(t.validation.required));

    const text = lng === "zh" ? "儿童产品证书可以由工厂自己出具吗？<b>测试</b>" : "Can the factory issue the Children's Product Certificate itself? <b>test</b>";
    await page.getByLabel(t.live.questions.ask).fill(text);
    await page.getByRole("button", { name: t.live.questions.send }).click();
    await expect(page.getByLabel(t.live.questions.ask)).toHaveValue("");
    const mine = page.getByTestId("question").filter({ hasText: text });
    await expect(mine).toBeVisible();

    // The host's panel shows it without a reload; text is shown as typed, never as markup.
    const queued = host.getByTestId("host-question").filter({ hasText: text });
    await expect(queued).toBeVisible();
    await expect(host.locator(".live-question b")).toHaveCount(0);

    // A second attendee votes; everybody sees the count.
    const other = await (await browser.newContext()).newPage();
    await signUp(other, lng, { email: uniqueEmail(`vote-${lng}`), name: lng === "zh" ? "冯涛" : "Tao Feng" });
    await other.goto(`/${lng}/live/${webinar.id}`);
    await other.getByTestId("question").filter({ hasText: text }).getByRole("button", { name: t.live.questions.vote }).click();
    const oneVote = t.live.questions.votes.replace("{{count}}", "1");
    await expect(queued.getByTestId("votes")).toHaveText(oneVote);
    await expect(mine.getByTestId("votes")).toHaveText(oneVote);

    // The host answers in writing; the attendee sees it by itself.
    const answer = lng === "zh" ? "可以，由进口商或国内制造商出具。" : "Yes: the importer or domestic manufacturer issues it.";
    await queued.getByLabel(t.live.questions.answerLabel).fill(answer);
    await queued.getByRole("button", { name: t.live.questions.markAnswered }).click();
    await expect(mine.getByTestId("answered")).toHaveText(t.live.questions.answered);
    await expect(mine).toContainText(answer);
    await expectAccessible(page);
    await expectAccessible(host);

    // Moderation: the second attendee asks; the host mutes them, their question disappears, and they can ask no more.
    await other.getByLabel(t.live.questions.ask).fill("spam spam spam");
    await other.getByRole("button", { name: t.live.questions.send }).click();
    const spam = host.getByTestId("host-question").filter({ hasText: "spam spam spam" });
    await spam.getByRole("button", { name: t.live.questions.mute }).click();
    await expect(page.getByTestId("question").filter({ hasText: "spam spam spam" })).toHaveCount(0);
    await expect(spam).toHaveCount(0);
    await other.getByLabel(t.live.questions.ask).fill("one more");
    await other.getByRole("button", { name: t.live.questions.send }).click();
    await expect(other.getByRole("alert").filter({ hasText: t.live.questions.refused.muted })).toBeVisible();
  });
}
