import { expect, test, type Browser, type Page } from "./test";
import { formatMonth } from "../app/features/recalls/vocabulary";
import { mailsTo } from "./fixtures";
import { expectAccessible, LANGUAGES, logIn, signUp, strings, uniqueEmail, type Lng } from "./support";

/** A recalls file in the CPSC web-service shape, marked as sample data, with one bad record. */
function fixture(month: string, prefix: string) {
  const record = (n: number, product: string, hazard: string) => ({
    RecallNumber: `${prefix}-${n}`,
    RecallDate: `${month}-0${n}T00:00:00`,
    Title: `SAMPLE DATA: ${product} recalled`,
    URL: `https://example.org/sample-recalls/${prefix}-${n}`,
    Sample: true,
    Products: [{ Name: product, Type: "Toys", NumberOfUnits: `About ${n},000` }],
    Hazards: [{ Name: hazard }],
    Remedies: [{ Name: "Refund" }],
    ManufacturerCountries: [{ Country: "China" }],
  });
  return [
    record(1, `Test rattle ${prefix}`, "The handle can break, releasing small parts and posing a choking hazard."),
    record(2, `Test night light ${prefix}`, "The light can overheat, posing a fire hazard."),
    { RecallNumber: `${prefix}-3`, Title: "No products, hazards or remedies" },
  ];
}

async function trainerPage(browser: Browser, lng: Lng): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, lng, "trainer@example.com");
  return page;
}

async function upload(page: Page, lng: Lng, name: string, content: string) {
  await page.goto(`/${lng}/trainer/recalls/import`);
  await page.getByLabel(strings(lng).bulletins.import.file).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: strings(lng).bulletins.import.submit }).click();
}

const MONTHS: Record<Lng, string> = { en: "2031-01", zh: "2031-02" };

for (const lng of LANGUAGES) {
  const t = strings(lng);
  const month = MONTHS[lng];
  const monthName = formatMonth(month, lng);

  test(`${lng}: import a fixture, translate a pending record, publish the month, and subscribers are mailed`, async ({ page, browser }) => {
    test.setTimeout(150_000);
    const prefix = `E2E${lng.toUpperCase()}${Date.now().toString(36)}`;

    // A learner opts in to the bulletin mail.
    const subscriber = uniqueEmail(`bulletin-${lng}`);
    await signUp(page, lng, { email: subscriber, name: lng === "zh" ? "周敏" : "Pat Kim" });
    await page.goto(`/${lng}/bulletins`);
    await page.getByRole("button", { name: t.bulletins.subscription.subscribe }).click();
    await expect(page.getByText(t.bulletins.subscription.saved)).toBeVisible();
    await expect(page.getByRole("button", { name: t.bulletins.subscription.unsubscribe })).toBeVisible();

    // A trainer imports the file: the good records are kept, the bad one is reported.
    const trainer = await trainerPage(browser, lng);
    await upload(trainer, lng, "recalls.json", JSON.stringify(fixture(month, prefix)));
    const report = trainer.getByTestId("import-report");
    await expect(report).toContainText(t.bulletins.import.created.replace("{{count}}", "2"));
    await expect(report).toContainText(t.bulletins.import.rejected.replace("{{count}}", "1"));
    await expect(trainer.getByTestId("rejected-records")).toContainText(
      t.bulletins.import.reason.replace("{{field}}", "Products").replace("{{problem}}", t.bulletins.import.problems.missing),
    );

    // Importing the same file again changes nothing.
    await upload(trainer, lng, "recalls.json", JSON.stringify(fixture(month, prefix)));
    await expect(trainer.getByTestId("import-report")).toContainText(t.bulletins.import.unchanged.replace("{{count}}", "2"));

    // Before translation, the Chinese bulletin shows the record as pending.
    await trainer.goto(`/zh/bulletins/${month}`);
    await expect(trainer.getByTestId(`recall-${prefix}-1`)).toContainText(strings("zh").bulletins.month.pending);
    await expect(trainer.getByTestId("unpublished-notice")).toBeVisible();

    // Translate it into Chinese and publish the translation.
    await trainer.goto(`/${lng}/trainer/translations`);
    await trainer.getByTestId(`pending-${prefix}-1`).getByRole("link", { name: `${prefix}-1` }).click();
    await expect(trainer.getByTestId("source-text")).toContainText(`Test rattle ${prefix}`);
    await trainer.getByLabel(t.bulletins.translate.name).fill(`测试摇铃 ${prefix}`);
    await trainer.getByLabel(t.bulletins.translate.hazard).fill("手柄可能断裂并释放小零件，造成窒息危险。");
    await trainer.getByLabel(t.bulletins.translate.remedy).fill("退款");
    await trainer.getByRole("button", { name: t.bulletins.translate.publish, exact: true }).click();
    await expect(trainer.getByText(t.bulletins.translate.published.replace("{{language}}", t.common.language.zh))).toBeVisible();
    await trainer.goto(`/${lng}/trainer/translations`);
    await expect(trainer.getByTestId(`pending-${prefix}-1`)).toHaveCount(0);
    await expect(trainer.getByTestId(`pending-${prefix}-2`)).toBeVisible();

    // Publish the month.
    await trainer.goto(`/${lng}/trainer/bulletins`);
    await trainer.getByRole("button", { name: t.bulletins.trainer.publish.replace("{{month}}", monthName) }).click();
    await expect(trainer.getByTestId("publish-result")).toContainText(t.bulletins.trainer.publishedNotice.split("{{count}}")[0]!.replace("{{month}}", monthName));
    await expect(trainer.getByTestId(`month-${month}`)).not.toContainText(t.bulletins.trainer.publish.replace("{{month}}", monthName));
    // Its mails go out after the answer; the row counts them until every one is sent.
    const progress = trainer.getByTestId(`month-${month}`).getByTestId("mail-progress").getByRole("status");
    await expect
      .poll(async () => {
        const [sent, total] = ((await progress.textContent()) ?? "").match(/\d+/g)!.map(Number);
        return sent === total && total! >= 1;
      })
      .toBe(true);
    await expectAccessible(trainer);

    // Anyone can now read it; only published text is shown.
    await page.goto(`/${lng}/bulletins`);
    await page.getByRole("link", { name: t.bulletins.list.open.replace("{{month}}", monthName) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.bulletins.month.title.replace("{{month}}", monthName));
    await expect(page.getByTestId("sample-notice")).toContainText(t.bulletins.sample.title);
    await expect(page.getByTestId("bulletin-count")).toHaveText(t.bulletins.month.count.replace("{{count}}", "2"));
    await expect(page.getByTestId("hazard-chart")).toContainText(t.bulletins.hazards.choking);
    await expect(page.getByTestId("hazard-chart")).toContainText(t.bulletins.hazards.fire);
    if (lng === "zh") {
      await expect(page.getByTestId(`recall-${prefix}-1`)).toContainText(`测试摇铃 ${prefix}`);
      await expect(page.getByTestId(`recall-${prefix}-2`)).toContainText(t.bulletins.month.pending);
    } else {
      await expect(page.getByTestId(`recall-${prefix}-1`)).toContainText(`Test rattle ${prefix}`);
      await page.goto(`/zh/bulletins/${month}`);
      await expect(page.getByTestId(`recall-${prefix}-1`)).toContainText(`测试摇铃 ${prefix}`);
    }

    // The subscriber got one mail about this month, in their language (besides the address confirmation,
    // and the other language's test publishing its own month meanwhile).
    const subject = t.bulletins.mail.subject.replace("{{month}}", monthName);
    const aboutThisMonth = async () => (await mailsTo(subscriber)).filter((mail) => mail.subject === subject);
    await expect.poll(async () => (await aboutThisMonth()).length).toBe(1);
    const [mail] = await aboutThisMonth();
    expect(mail!.text).toContain(`/${lng}/bulletins/${month}`);

    // Publishing again mails nobody twice.
    await trainer.goto(`/${lng}/trainer/bulletins`);
    await expect(trainer.getByRole("button", { name: t.bulletins.trainer.publish.replace("{{month}}", monthName) })).toHaveCount(0);
    await trainer.context().close();
  });

  test(`${lng}: bad import files and an empty translation are refused with clear messages`, async ({ page, browser }) => {
    const trainer = await trainerPage(browser, lng);
    await trainer.goto(`/${lng}/trainer/recalls/import`);
    await trainer.getByRole("button", { name: t.bulletins.import.submit }).click();
    await expect(trainer.locator("#file-error")).toHaveText(t.bulletins.import.fileRequired);

    await upload(trainer, lng, "broken.json", "{ this is not json");
    await expect(trainer.locator("#file-error")).toHaveText(t.bulletins.import.notJson);
    await upload(trainer, lng, "object.json", '{"RecallNumber":"1"}');
    await expect(trainer.locator("#file-error")).toHaveText(t.bulletins.import.notList);

    // A huge file of bad records (about 300,000 of them) is refused at once, without checking each.
    const started = Date.now();
    await upload(trainer, lng, "huge.json", `[${Array(300_000).fill("{}").join(",")}]`);
    await expect(trainer.locator("#file-error")).toHaveText(t.bulletins.import.tooManyRecords.replace("{{max}}", "2000"));
    expect(Date.now() - started).toBeLessThan(15_000);
    // A file of many bad records: all counted, only the first ones listed.
    await upload(trainer, lng, "bad.json", JSON.stringify(Array.from({ length: 300 }, () => ({ RecallNumber: 7 }))));
    await expect(trainer.getByTestId("import-report")).toContainText(t.bulletins.import.rejected.replace("{{count}}", "300"));
    await expect(trainer.getByTestId("rejected-shown")).toHaveText(t.bulletins.import.rejectedShown.replace("{{shown}}", "50").replace("{{count}}", "300"));
    await expect(trainer.getByTestId("rejected-records").locator(":scope > li")).toHaveCount(50);

    // An empty field is refused next to the field, keeping what was typed in the others.
    const prefix = `E2EBAD${lng.toUpperCase()}${Date.now().toString(36)}`;
    await upload(trainer, lng, "recalls.json", JSON.stringify(fixture("2031-03", prefix).slice(0, 1)));
    await expect(trainer.getByTestId("import-report")).toContainText(t.bulletins.import.created.replace("{{count}}", "1"));
    await trainer.goto(`/${lng}/trainer/translations`);
    await trainer.getByTestId(`pending-${prefix}-1`).getByRole("link").first().click();
    await trainer.getByLabel(t.bulletins.translate.hazard).fill("手柄可能断裂。");
    await trainer.getByRole("button", { name: t.bulletins.translate.publish, exact: true }).click();
    await expect(trainer.locator("#name-error")).toHaveText(t.validation.required);
    await expect(trainer.getByLabel(t.bulletins.translate.hazard)).toHaveValue("手柄可能断裂。");

    // Unknown or unpublished months are not found by visitors.
    expect((await page.goto(`/${lng}/bulletins/2031-13`))?.status()).toBe(404);
    expect((await page.goto(`/${lng}/bulletins/2031-03`))?.status()).toBe(404);
    await trainer.context().close();
  });
}
