// Inputs whose cost once grew faster than their size (decision 0015): each is
// refused or answered at once, while normal pages keep answering.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./test";
import { logIn } from "./support";

/** A urlencoded body of `count` distinct field names: about 1 MB for 120,000. */
function crowdedForm(count: number): string {
  return Array.from({ length: count }, (_, i) => `f${i}=x`).join("&");
}

/** A multipart body of `count` parts, built by hand as a client would send it. */
function crowdedMultipart(count: number): { body: string; type: string } {
  const boundary = "----hostile";
  const parts = Array.from({ length: count }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`);
  return { body: `${parts.join("")}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

type Probe = { path: string; ms: number; status: number };

/** Asks for /healthz and /zh again and again until `done` settles, recording how long each took. */
async function keepAsking(request: APIRequestContext, done: Promise<unknown>): Promise<Probe[]> {
  const probes: Probe[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    for (const path of ["/healthz", "/zh"]) {
      const started = Date.now();
      const response = await request.get(path, { headers: { "Cache-Control": "no-cache", Cookie: "probe=1" } });
      probes.push({ path, ms: Date.now() - started, status: response.status() });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return probes;
}

async function expectRefusal(response: Promise<APIResponse>, status: number, text?: string) {
  const answered = await response;
  expect(answered.status(), answered.url().slice(0, 120)).toBe(status);
  if (text) expect(await answered.text()).toBe(text);
}

test("hostile requests are refused at once while normal pages keep answering", async ({ request }) => {
  const urlencoded = { "Content-Type": "application/x-www-form-urlencoded" };
  const multipart = crowdedMultipart(5_000);
  const manifestPaths = Array.from({ length: 250 }, (_, i) => `p=${encodeURIComponent(`/zh/courses/${i}`)}`).join("&");

  const started = Date.now();
  const attacks = Promise.all([
    // Forms with ~120,000 fields, to a page, to its single-fetch data URL, and one before login's rate limit.
    expectRefusal(request.post("/zh/login", { data: crowdedForm(120_000).slice(0, 1_000_000), headers: urlencoded }), 413, "提交的表单字段过多，已被拒绝。"),
    expectRefusal(request.post("/en/join.data", { data: crowdedForm(120_000).slice(0, 1_000_000), headers: urlencoded }), 413, "The form has too many fields and has been refused."),
    expectRefusal(request.post("/en/trainings/x", { data: multipart.body, headers: { "Content-Type": multipart.type } }), 413),
    // Paths thousands of segments deep, or long, and route discovery for them.
    expectRefusal(request.get(`/zh/${"a/".repeat(7_000)}`), 414, "网址过长，无法处理。"),
    expectRefusal(request.get(`/en/${"a/".repeat(400)}`), 404, "This page does not exist."),
    expectRefusal(request.get(`/__manifest?version=x&p=${encodeURIComponent(`/zh/${"a/".repeat(3_000)}`)}`), 414),
    expectRefusal(request.get(`/__manifest?version=x&${manifestPaths}`), 414),
    // A query string with thousands of parameters.
    expectRefusal(request.get(`/zh/courses?${Array.from({ length: 2_000 }, (_, i) => `a${i}=1`).join("&")}`), 414),
    // Searches full of LIKE wildcards, and very long ones: answered (each keeps its first 100 characters).
    expectRefusal(request.get(`/zh/resources?q=${encodeURIComponent("%_".repeat(2_000))}`), 200),
    expectRefusal(request.get(`/zh/resources?q=${"a".repeat(12_000)}`), 200),
    // A cookie header the page cache must not turn into a 16 KB key.
    expectRefusal(request.get("/zh/courses", { headers: { Cookie: Array.from({ length: 1_000 }, (_, i) => `lng=zh${i}`).join("; ") } }), 200),
  ]);
  const probes = await keepAsking(request, attacks);
  await attacks;

  // Every hostile request was answered within seconds (the form alone used to take minutes).
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(probes.length).toBeGreaterThan(0);
  for (const probe of probes) {
    expect(probe.status, probe.path).toBe(200);
    expect(probe.ms, `${probe.path} answered in ${probe.ms} ms`).toBeLessThan(5_000);
  }
});

test("trainer searches, filters and exports with hostile queries answer at once", async ({ page }) => {
  await logIn(page, "en", "admin@example.com");
  const wildcards = encodeURIComponent("%_%".repeat(40));
  for (const path of [
    `/en/trainer/people?q=${wildcards}`,
    `/en/trainer/people/export.csv?q=${wildcards}`,
    `/en/trainer/sessions?q=${wildcards}`,
    `/en/trainer/certificates?q=${wildcards}&page=9007199254740991`,
    `/en/trainer/certificates/export.csv?q=${wildcards}`,
    `/en/trainer/audit?page=99999999999`,
  ]) {
    const started = Date.now();
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(Date.now() - started, path).toBeLessThan(5_000);
  }
});
