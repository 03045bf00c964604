// Live webinars, part four: polls over Server-Sent Events. The host pushes a
// graded poll (too few choices are refused next to the field); the attendee
// gets it without a reload and answers; the host's panel counts the answer
// and whether it was right; the host shows the results and the attendee sees them.
import { expect, test } from "./test";
import { createLiveWebinar } from "./live-fixtures";
import { LANGUAGES, expectAccessible, logIn, signUp, strings, uniqueEmail } from "./support";

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the host pushes a poll, the attendee answers, the host sees the count and shows the results`, async ({ page, browser }) => {
    const webinar = await createLiveWebinar({ registrationRequired: false });
    await signUp(page, lng, { email: uniqueEmail(`poll-${lng}`), name: lng === "zh" ? "陈静" : "Jing Chen" });
    await page.goto(`/${lng}/live/${webinar.id}`);
    await expect(page.getByTestId("live-poll")).toHaveCount(0);

    const host = await (await browser.newContext()).newPage();
    await logIn(host, lng, "trainer@example.com");
    await host.goto(`/${lng}/trainer/live/${webinar.id}`);
    const prompt = lng === "zh" ? "儿童产品证书由谁出具？" : "Who issues the Children's Product Certificate?";
    const choices = lng === "zh" ? ["检测实验室", "进口商或国内制造商", "CPSC"] : ["The testing laboratory", "The importer or domestic manufacturer", "CPSC"];
    await host.getByLabel(t.live.polls.fields.prompt, { exact: true }).fill(prompt);
    await host.getByLabel(t.live.polls.fields.choices, { exact: true }).fill(choices[0]!);
    await host.getByRole("button", { name: t.live.polls.push }).click();
    await expect(host.getByLabel(t.live.polls.fields.choices, { exact: true })).toHaveAccessibleDescription(new RegExp(t.validation.pollChoices));
    await expect(host.getByLabel(t.live.polls.fields.prompt, { exact: true })).toHaveValue(prompt);
    await host.getByLabel(t.live.polls.fields.choices, { exact: true }).fill(choices.join("\n"));
    await host.getByLabel(t.live.polls.fields.correct, { exact: true }).fill("2");
    await host.getByRole("button", { name: t.live.polls.push }).click();
    const hostPoll = host.getByTestId("host-poll").filter({ hasText: prompt });
    await expect(hostPoll.getByTestId("poll-answers")).toContainText(t.live.polls.answers.replace("{{count}}", "0"));

    // The attendee's page shows the poll by itself; no results until the host shows them.
    const poll = page.getByTestId("live-poll");
    await expect(poll).toContainText(prompt);
    await expect(poll.getByTestId("poll-results")).toHaveCount(0);
    await poll.getByLabel(choices[1]!).check();
    await poll.getByRole("button", { name: t.live.polls.submit }).click();
    await expect(poll.getByTestId("poll-answered")).toHaveText(t.live.polls.thanks);

    await expect(hostPoll.getByTestId("poll-answers")).toHaveText(`${t.live.polls.answers.replace("{{count}}", "1")} · ${t.live.polls.correct.replace("{{count}}", "1")}`);
    await expectAccessible(host);
    await hostPoll.getByRole("button", { name: t.live.polls.showResults }).click();
    await expect(poll.getByTestId("poll-results")).toBeVisible();
    await expect(poll.getByTestId("poll-count").nth(1)).toHaveText(t.live.polls.count.replace("{{count}}", "1").replace("{{share}}", "100"));
    await expectAccessible(page);
    await page.screenshot({ path: `screenshots/live-poll-${lng}.png`, fullPage: true });
    await host.screenshot({ path: `screenshots/live-poll-host-${lng}.png`, fullPage: true });
  });
}
