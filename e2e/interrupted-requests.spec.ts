import { expect, test, watchBrowserProblems } from "./test";
import { createRegistration, createTrainingSession, db } from "./fixtures";
import { startLateAnswersProxy } from "./late-answers-proxy";
import { LANGUAGES, logIn, strings, uniqueEmail, waitForHydration } from "./support";

// When a new request starts while an earlier answer is still arriving, the
// router cuts that answer off. The page must take it in its stride: the new
// request's answer shows, and no error is reported (decision 0041).
for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a second check-in sent while the first answer is still arriving is recorded, and the cut-off answer reports no error`, async ({ browser, baseURL }) => {
    const session = await createTrainingSession({ capacity: 5, trainerEmail: "trainer@example.com" });
    const first = await createRegistration(session.id, uniqueEmail(`cut-first-${lng}`), lng);
    // Another name than the first's, so the page shows which check-in it answered.
    const second = await db.registration.update({
      where: { id: (await createRegistration(session.id, uniqueEmail(`cut-second-${lng}`), lng)).id },
      data: { name: lng === "zh" ? "钱芳" : "Quinn Park" },
    });
    const roster = `/${lng}/trainer/trainings/${session.id}`;
    // On the roster's data requests: a check-in is answered at once but its end is held back; the refresh after
    // it gets no answer at all, so the second check-in surely comes while the first is still in progress.
    const proxy = await startLateAnswersProxy(baseURL!, (method, path) => (path !== `${roster}.data` ? undefined : method === "POST" ? 0 : "untilClosed"));
    const context = await browser.newContext({ baseURL: proxy.url });
    try {
      const problems = await watchBrowserProblems(context);
      const page = await context.newPage();
      await logIn(page, lng, "trainer@example.com");
      await page.goto(roster);
      await waitForHydration(page);

      const code = page.getByLabel(t.trainings.roster.code, { exact: true });
      const checkIn = page.getByRole("button", { name: t.trainings.roster.checkIn, exact: true });
      const result = page.getByTestId("check-in-result");
      const checkedIn = (name: string) => t.trainings.roster.checkedIn.split("{{time}}")[0]!.replace("{{name}}", name);

      await code.fill(first.ticketCode);
      await checkIn.click();
      await expect(result).toContainText(checkedIn(first.name));
      // The first answer's end and the roster's refresh are still on their way: the next check-in cuts them off.
      await code.fill(second.ticketCode);
      await checkIn.click();
      await expect(result).toContainText(checkedIn(second.name));
      await expect.poll(() => proxy.cutOff, { message: "answers cut off while still arriving" }).toBeGreaterThan(0);
      expect(problems, "problems in the browser").toEqual([]);
    } finally {
      await context.close();
      await proxy.close();
    }

    const rows = await db.registration.findMany({ where: { id: { in: [first.id, second.id] } }, select: { checkedInAt: true } });
    expect(rows.filter((row) => row.checkedInAt !== null)).toHaveLength(2);
  });
}
