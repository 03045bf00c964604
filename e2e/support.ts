import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { resources } from "../app/locales";
import { confirmEmailOf } from "./fixtures";

export const LANGUAGES = ["zh", "en"] as const;
export type Lng = (typeof LANGUAGES)[number];

/** The UI strings of a language, straight from the locale files. */
export function strings(lng: Lng) {
  return resources[lng].translation;
}

let counter = 0;
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

export const DEMO_PASSWORD = "training-demo";

/** Waits until React has taken over the page (see use-mark-hydrated.ts). */
export async function waitForHydration(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

export async function logIn(page: Page, lng: Lng, email: string, password = DEMO_PASSWORD) {
  await page.goto(`/${lng}/login`);
  await waitForHydration(page);
  await page.getByLabel(strings(lng).auth.fields.email).fill(email);
  await page.getByLabel(strings(lng).auth.fields.password).fill(password);
  await page.getByRole("button", { name: strings(lng).auth.login.submit }).click();
  await expect(page.getByRole("button", { name: strings(lng).common.account.logout })).toBeVisible();
}

export type Signup = { email: string; password: string; name: string; company: string; phone: string };

export async function fillSignup(page: Page, lng: Lng, values: Partial<Signup>) {
  await waitForHydration(page);
  const fields = strings(lng).auth.fields;
  if (values.email !== undefined) await page.getByLabel(fields.email).fill(values.email);
  if (values.password !== undefined) await page.getByLabel(fields.password).fill(values.password);
  if (values.name !== undefined) await page.getByLabel(fields.name).fill(values.name);
  if (values.company !== undefined) await page.getByLabel(new RegExp(`^${fields.company}`)).fill(values.company);
  if (values.phone !== undefined) await page.getByLabel(new RegExp(`^${fields.phone}`)).fill(values.phone);
}

let clients = 0;
/**
 * A client address of its own (the e2e server trusts one proxy hop, so
 * X-Forwarded-For sets it): every learner a test creates is a different
 * person, as far as per-client limits are concerned.
 */
export function newClientAddress(): string {
  clients += 1;
  return `10.${process.pid % 250}.${Math.floor(clients / 250) % 250}.${clients % 250}`;
}

/**
 * Creates an account through the sign-up form and logs in with it. Its
 * address is marked confirmed as its mailed link would do (the tests about
 * confirmation itself follow the real link), unless `confirmed` is false.
 */
export async function signUp(page: Page, lng: Lng, values: Pick<Signup, "email" | "name"> & Partial<Signup>, { confirmed = true } = {}) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": newClientAddress() });
  await page.goto(`/${lng}/join`);
  const password = values.password ?? "a-long-password-1";
  await fillSignup(page, lng, { ...values, password });
  await page.getByRole("button", { name: strings(lng).auth.join.submit }).click();
  await expect(page.getByTestId("mail-sent")).toBeVisible();
  if (confirmed) await confirmEmailOf(values.email);
  await logIn(page, lng, values.email, password);
}

/** axe-core's checks on the page as it is now: no violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}
