// Check-in at a venue without network (decision 0025): the page and roster
// stay on the device, scans are decided and queued there, survive a closed
// tab, and reach the server exactly once when the network returns.
import type { BrowserContext, Page, Route } from "@playwright/test";
import { formatClock } from "../app/features/trainings/schedule";
import { expectNoAxeViolations } from "./axe";
import { createRegistration, createTrainer, createTrainingSession, db } from "./fixtures";
import { DEMO_PASSWORD, LANGUAGES, logIn, strings, uniqueEmail, type Lng } from "./support";
import { expect, test, watchBrowserProblems, type Browser } from "./test";

const SYNC_REQUESTS = "**/check-in/sync*";

type QueuedScan = { change: { kind: string; at: string; code?: string; person?: { name: string } } };

/** The changes waiting in the page's IndexedDB, as the device recorded them. */
function queuedOnDevice(page: Page): Promise<QueuedScan[]> {
  return page.evaluate(
    () =>
      new Promise<QueuedScan[]>((resolve, reject) => {
        const open = indexedDB.open("check-in");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("changes").objectStore("changes").getAll();
          request.onsuccess = () => resolve(request.result as QueuedScan[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Opens the check-in page online and waits until the roster is on the device and the page is kept for offline use. */
async function openOnline(page: Page, url: string, lng: Lng) {
  await page.goto(url);
  await expect(page.getByTestId("sync-state")).toHaveText(strings(lng).checkIn.allSynced);
  await expect.poll(() => page.evaluate(async () => Boolean(navigator.serviceWorker.controller) && Boolean(await caches.match(location.pathname))), { timeout: 20_000 }).toBe(true);
}

/** Requests to the sync endpoint sent while a context is offline, held until it is online again. */
const heldWhileOffline = new Map<BrowserContext, Route[]>();

/** Kept in the origin's storage while a context is offline: the pages' first script reads it. */
const OFFLINE_FLAG = "e2e-offline";
const flaggable = new WeakSet<BrowserContext>();

/**
 * Takes the device off the network: the browser reports offline, and a
 * request to the sync endpoint that is still sent waits until the network is
 * back, as on a dead network. The browser's offline emulation can reach a
 * newly opened tab a moment after its first script runs (a real device
 * without network has no such moment): twice in CI that tab's first sync
 * went out, past the held route, since the page's service worker had it. So
 * from its first script on, a page of an offline context is told it is
 * offline (`navigator.onLine`, which the page asks before any sync).
 */
async function goOffline(context: BrowserContext) {
  if (!flaggable.has(context)) {
    flaggable.add(context);
    await context.addInitScript((flag) => {
      const browserSays = Object.getOwnPropertyDescriptor(Navigator.prototype, "onLine")!.get!;
      Object.defineProperty(Navigator.prototype, "onLine", {
        configurable: true,
        get(this: Navigator) {
          try {
            if (localStorage.getItem(flag) === "1") return false;
          } catch {
            // A page without storage of this origin (about:blank).
          }
          return browserSays.call(this) as boolean;
        },
      });
    }, OFFLINE_FLAG);
  }
  await setOfflineFlag(context, true);
  const held: Route[] = [];
  heldWhileOffline.set(context, held);
  await context.route(SYNC_REQUESTS, (route) => {
    held.push(route);
  });
  await context.setOffline(true);
}

async function goOnline(context: BrowserContext) {
  await setOfflineFlag(context, false);
  await context.unroute(SYNC_REQUESTS);
  await context.setOffline(false);
  for (const route of heldWhileOffline.get(context) ?? []) await route.continue().catch(() => undefined);
  heldWhileOffline.delete(context);
}

/** Sets or clears the flag in the storage of the app's origin, through any open page of the context. */
async function setOfflineFlag(context: BrowserContext, offline: boolean) {
  const onOrigin = context.pages().find((open) => open.url().startsWith("http"));
  if (!onOrigin) throw new Error("no page of the app is open in this context");
  await onOrigin.evaluate(([flag, on]) => (on ? localStorage.setItem(flag, "1") : localStorage.removeItem(flag)), [OFFLINE_FLAG, offline] as const);
}

async function scan(page: Page, lng: Lng, code: string) {
  const t = strings(lng);
  await page.getByLabel(t.trainings.roster.code, { exact: true }).fill(code);
  await page.getByRole("button", { name: t.trainings.roster.checkIn, exact: true }).click();
}

async function secondTrainer(browser: Browser, sessionId: string, lng: Lng) {
  const email = uniqueEmail(`door-${lng}`);
  const user = await createTrainer({ email, name: lng === "zh" ? "第二位讲师" : "Second Trainer", language: lng, password: DEMO_PASSWORD });
  await db.sessionTrainer.create({ data: { sessionId, userId: user.id } });
  const context = await browser.newContext();
  const problems = await watchBrowserProblems(context);
  const page = await context.newPage();
  await logIn(page, lng, email);
  return { context, page, problems };
}

for (const lng of LANGUAGES) {
  test(`${lng}: check-in works offline, survives a closed tab and syncs each scan once, earliest time kept across devices`, async ({ page, context, browser }) => {
    test.setTimeout(180_000);
    const t = strings(lng);
    const session = await createTrainingSession({ capacity: 10, trainerEmail: "trainer@example.com" });
    const [ana, ben, chen, dana] = await Promise.all(["ana", "ben", "chen", "dana"].map((name) => createRegistration(session.id, uniqueEmail(`door-${name}`), lng)));
    for (const [person, name] of [[ana, "Ana"], [ben, "Ben"], [chen, "Chen"], [dana, "Dana"]] as const) {
      person!.name = `${lng === "zh" ? "学员" : "Attendee"} ${name}`;
      await db.registration.update({ where: { id: person!.id }, data: { name: person!.name } });
    }
    // Ana has a confirmed account: her certificate of attendance is issued when the sync lands.
    const anaAccount = await db.user.create({ data: { email: uniqueEmail("door-account"), name: ana!.name, passwordHash: "unused", emailVerifiedAt: new Date(), preferredLanguage: lng } });
    await db.registration.update({ where: { id: ana!.id }, data: { userId: anaAccount.id } });
    const cancelled = await createRegistration(session.id, uniqueEmail("door-cancelled"), lng);
    await db.registration.update({ where: { id: cancelled.id }, data: { status: "cancelled", cancelledAt: new Date() } });
    const url = `/${lng}/trainer/trainings/${session.id}/check-in`;

    // Another trainer at the same door opens the page online, loses the network and scans Ben first.
    const other = await secondTrainer(browser, session.id, lng);
    await openOnline(other.page, url, lng);
    await goOffline(other.context);
    await scan(other.page, lng, ben!.ticketCode);
    await expect(other.page.getByTestId("check-in-result")).toContainText(t.checkIn.local.checkIn.split(" {{time}}")[0]!.replace("{{name}}", ben!.name).split("{{time}}")[0]!);
    const [otherScan] = await queuedOnDevice(other.page);

    await logIn(page, lng, "trainer@example.com");
    await openOnline(page, url, lng);
    await expectNoAxeViolations(page);
    await goOffline(context);
    // Renamed on the server meanwhile: the page that loads offline is the copy kept on the device.
    const title = lng === "zh" ? session.titleZh : session.titleEn;
    await db.trainingSession.update({ where: { id: session.id }, data: { titleZh: `${session.titleZh}（改名）`, titleEn: `${session.titleEn} (renamed)` } });
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(page.getByTestId("connection")).toHaveText(t.checkIn.offline);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.checkIn.title.replace("{{title}}", title));
    await expect(page.getByTestId("device-roster-row")).toHaveCount(5);

    await scan(page, lng, ana!.ticketCode.toLowerCase());
    await expect(page.getByTestId("check-in-result")).toContainText(ana!.name);
    await scan(page, lng, ben!.ticketCode);
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "2"));
    await scan(page, lng, chen!.ticketCode);
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "3"));
    // Dana cancelled on the server after this device pulled the roster: the device lets her in, the server will refuse it.
    await db.registration.update({ where: { id: dana!.id }, data: { status: "cancelled", cancelledAt: new Date() } });
    await scan(page, lng, dana!.ticketCode);
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "4"));
    await scan(page, lng, ana!.ticketCode);
    await expect(page.getByTestId("check-in-result")).toContainText(t.checkIn.local.alreadyCheckedIn.split("{{name}}")[1]!.split("{{time}}")[0]!);
    await scan(page, lng, cancelled.ticketCode);
    await expect(page.getByTestId("check-in-result")).toHaveText(t.checkIn.local.cancelledTicket.replace("{{name}}", cancelled.name));
    await scan(page, lng, "AAAA-BBBB-CCCC-DDDD");
    await expect(page.getByTestId("check-in-result")).toHaveText(t.checkIn.local.unknownCode);

    // A walk-in, with a bad phone number first: the error shows next to the field and the name stays.
    const walkInName = lng === "zh" ? "现场来宾" : "Walk-in Guest";
    await page.getByLabel(t.auth.fields.name).fill(walkInName);
    await page.getByLabel(t.auth.fields.phone).fill("12345");
    await page.getByRole("button", { name: t.trainings.roster.walkInAdd }).click();
    await expect(page.getByText(t.validation.phone)).toBeVisible();
    await expect(page.getByLabel(t.auth.fields.name)).toHaveValue(walkInName);
    await page.getByLabel(t.auth.fields.phone).fill("13800138000");
    await page.getByRole("button", { name: t.trainings.roster.walkInAdd }).click();
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "5"));
    // A status change offline: Chen came late.
    const chenRow = page.getByTestId("device-roster-row").filter({ hasText: chen!.name });
    await chenRow.getByLabel(`${t.trainings.roster.attendance}: ${chen!.name}`).selectOption("late");
    await chenRow.getByRole("button", { name: t.trainings.roster.save }).click();
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "6"));
    await expectNoAxeViolations(page);
    if (process.env.SCREENSHOTS) {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `screenshots/check-in-offline-${lng}-${width}.png`, fullPage: true });
      }
    }

    // Close the tab and open the page again, still offline: the queue is still there.
    const deviceTimes = await queuedOnDevice(page);
    expect(deviceTimes).toHaveLength(6);
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto(url);
    await expect(reopened.getByTestId("connection")).toHaveText(t.checkIn.offline);
    await expect(reopened.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "6"));
    expect(await db.registration.count({ where: { sessionId: session.id, checkedInAt: { not: null } } })).toBe(0);

    // Back online: everything lands once, with the times the device recorded.
    await goOnline(context);
    await expect(reopened.getByTestId("sync-state")).toHaveText(t.checkIn.allSynced);
    // The one scan the server refused stays on the page with its reason.
    await expect(reopened.getByTestId("refused-change")).toHaveCount(1);
    await expect(reopened.getByTestId("refused-change")).toContainText(t.checkIn.refusedItem.replace("{{kind}}", t.checkIn.kinds["check-in"]).replace("{{name}}", dana!.name).replace("{{reason}}", t.checkIn.refused.cancelledTicket));
    await expectNoAxeViolations(reopened);
    if (process.env.SCREENSHOTS) {
      for (const width of [390, 1280]) {
        await reopened.setViewportSize({ width, height: 900 });
        await reopened.screenshot({ path: `screenshots/check-in-synced-${lng}-${width}.png`, fullPage: true });
      }
    }
    const timeOf = (code: string) => deviceTimes.find((queued) => queued.change.code === code)!.change.at;
    const walkInTime = deviceTimes.find((queued) => queued.change.kind === "walk-in")!.change.at;
    const stored = await db.registration.findMany({ where: { sessionId: session.id, checkedInAt: { not: null } }, orderBy: { name: "asc" } });
    const byId = new Map(stored.map((row) => [row.id, row]));
    expect(stored).toHaveLength(4);
    expect(byId.get(ana!.id)?.checkedInAt?.toISOString()).toBe(timeOf(ana!.ticketCode));
    expect(byId.get(ben!.id)?.checkedInAt?.toISOString()).toBe(timeOf(ben!.ticketCode));
    expect(byId.get(chen!.id)?.checkedInAt?.toISOString()).toBe(timeOf(chen!.ticketCode));
    expect(byId.get(chen!.id)?.attendance).toBe("late");
    expect(byId.get(ana!.id)?.attendance).toBe("present");
    expect(byId.has(dana!.id)).toBe(false);
    const walkIn = stored.find((row) => row.walkIn)!;
    expect(walkIn).toMatchObject({ name: walkInName, phone: "+8613800138000", attendance: "present", language: lng });
    expect(walkIn.checkedInAt?.toISOString()).toBe(walkInTime);

    const certificate = await db.certificate.findFirstOrThrow({ where: { userId: anaAccount.id, achievementType: "training", achievementId: session.id } });
    expect(certificate.completedOn.toISOString()).toBe(timeOf(ana!.ticketCode));

    // The other trainer comes back online: Ben keeps the earlier of the two times, still one check-in.
    expect(Date.parse(otherScan!.change.at)).toBeLessThan(Date.parse(timeOf(ben!.ticketCode)));
    await goOnline(other.context);
    await expect(other.page.getByTestId("sync-state")).toHaveText(t.checkIn.allSynced);
    const benNow = await db.registration.findUniqueOrThrow({ where: { id: ben!.id } });
    expect(benNow.checkedInAt?.toISOString()).toBe(otherScan!.change.at);
    expect(await db.auditEntry.count({ where: { targetId: ben!.id, action: "registration.attendance" } })).toBe(1);
    expect(await db.checkInChange.count({ where: { sessionId: session.id } })).toBe(7);
    // The other device pulled what this one did: Ana and the walk-in show as checked in there.
    await expect(other.page.getByTestId("device-roster-row").filter({ hasText: walkInName })).toHaveCount(1);
    await expect(other.page.getByTestId("device-roster-row").filter({ hasText: ana!.name }).getByRole("cell").nth(3)).not.toHaveText("—");
    await other.context.close();
    expect(other.problems).toEqual([]);

    // The roster export and the printed sign-in sheet show the synced check-ins with their times (venue time).
    const clock = (iso: string) => formatClock(iso, session.timeZone);
    const csv = (await (await reopened.request.get(`/${lng}/trainer/trainings/${session.id}/roster.csv`)).body()).toString("utf8");
    const csvLine = (name: string) => csv.split("\n").find((line) => line.startsWith(name)) ?? "";
    expect(csvLine(ana!.name)).toContain(clock(timeOf(ana!.ticketCode)));
    expect(csvLine(ben!.name)).toContain(clock(otherScan!.change.at));
    expect(csvLine(walkInName)).toContain(clock(walkInTime));
    expect(csvLine(dana!.name)).not.toMatch(/\d\d:\d\d/);
    await reopened.getByTestId("refused-change").getByRole("button", { name: t.checkIn.dismiss }).click();
    await expect(reopened.getByTestId("refused")).toHaveCount(0);
    await reopened.goto(`/${lng}/trainer/trainings/${session.id}/sign-in-sheet`);
    const sheetRow = (name: string) => reopened.getByRole("row").filter({ has: reopened.getByRole("cell", { name, exact: true }) });
    await expect(sheetRow(walkInName)).toContainText(clock(walkInTime));
    await expect(sheetRow(chen!.name)).toContainText(clock(timeOf(chen!.ticketCode)));
    await expect(sheetRow(dana!.name)).toHaveCount(0);
  });
}

for (const lng of LANGUAGES) {
  test(`${lng}: the sync endpoint takes only the session trainer's JSON batches and answers bad ones with a clear status`, async ({ page }) => {
    const session = await createTrainingSession({ capacity: 3, trainerEmail: "trainer@example.com" });
    const person = await createRegistration(session.id, uniqueEmail("door-api"), lng);
    const sync = `/${lng}/trainer/trainings/${session.id}/check-in/sync`;
    await logIn(page, lng, "trainer@example.com");
    const change = { id: crypto.randomUUID(), kind: "check-in", at: new Date().toISOString(), code: person.ticketCode };
    const batch = { deviceId: crypto.randomUUID(), sentAt: new Date().toISOString(), changes: [change] };

    expect((await page.request.post(sync, { form: { intent: "checkin", code: person.ticketCode } })).status()).toBe(415);
    expect((await page.request.post(sync, { data: "{not json", headers: { "Content-Type": "application/json" } })).status()).toBe(400);
    expect((await page.request.post(sync, { data: { ...batch, changes: Array.from({ length: 51 }, () => ({ ...change, id: crypto.randomUUID() })) } })).status()).toBe(400);
    expect((await page.request.post(sync, { data: batch, headers: { Origin: "https://evil.example" } })).status()).toBe(403);
    expect(await db.registration.count({ where: { id: person.id, checkedInAt: { not: null } } })).toBe(0);

    const first = await page.request.post(sync, { data: batch });
    expect(first.status()).toBe(200);
    const again = await page.request.post(sync, { data: batch });
    expect(await again.json()).toEqual(await first.json());
    expect((await first.json()).answers).toEqual([expect.objectContaining({ id: change.id, outcome: "accepted", result: "checkedIn", registrationId: person.id })]);

    const feed = await (await page.request.get(sync)).json();
    expect(feed.people).toEqual([expect.objectContaining({ id: person.id, checkedInAt: change.at, attendance: "present" })]);
    const manifest = await page.request.get(`/${lng}/trainer/trainings/${session.id}/check-in/app.webmanifest`);
    expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
    expect(await manifest.json()).toMatchObject({ start_url: `/${lng}/trainer/trainings/${session.id}/check-in`, lang: lng === "zh" ? "zh-CN" : "en", short_name: strings(lng).checkIn.appName });
  });
}

for (const lng of LANGUAGES) {
  test(`${lng}: a scan made while the login ended waits on the device until the trainer signs in again`, async ({ page, context }) => {
    const t = strings(lng);
    const session = await createTrainingSession({ capacity: 3, trainerEmail: "trainer@example.com" });
    const person = await createRegistration(session.id, uniqueEmail("door-login"), lng);
    const url = `/${lng}/trainer/trainings/${session.id}/check-in`;
    await logIn(page, lng, "trainer@example.com");
    await openOnline(page, url, lng);
    await goOffline(context);
    await scan(page, lng, person.ticketCode);
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "1"));

    // The login ends meanwhile (signed out elsewhere, expired); then the network returns.
    expect((await page.request.post(`/${lng}/logout`, { maxRedirects: 0 })).status()).toBeLessThan(400);
    await goOnline(context);
    await expect(page.getByText(t.checkIn.signedOut)).toBeVisible();
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.waiting.replace("{{count}}", "1"));
    expect(await db.registration.count({ where: { id: person.id, checkedInAt: { not: null } } })).toBe(0);

    await page.getByRole("link", { name: t.checkIn.signIn }).click();
    await page.getByLabel(t.auth.fields.email).fill("trainer@example.com");
    await page.getByLabel(t.auth.fields.password).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: t.auth.login.submit }).click();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.getByTestId("sync-state")).toHaveText(t.checkIn.allSynced);
    expect(await db.registration.count({ where: { id: person.id, checkedInAt: { not: null } } })).toBe(1);
  });
}
