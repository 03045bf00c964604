import { describe, expect, it } from "vitest";
import { PAGES_AT_ONCE, inTurn, isPageRequest, isReadForm } from "./pages-in-turn.js";

const pageLoad = (url = "/zh/courses") => ({ method: "GET", url, headers: { accept: "text/html,application/xhtml+xml" }, socket: { destroyed: false } });
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("pages in turn", () => {
  it("tells page loads and page data, and forms already read, from the other requests", () => {
    expect(isPageRequest(pageLoad())).toBe(true);
    expect(isPageRequest({ method: "HEAD", url: "/en", headers: { accept: "text/html" } })).toBe(true);
    expect(isPageRequest({ method: "GET", url: "/zh/courses/toy-safety-us.data?_routes=root", headers: { accept: "*/*" } })).toBe(true);
    expect(isPageRequest({ method: "POST", url: "/zh/courses/toy-safety-us/magnets/quiz", headers: { accept: "text/html" } })).toBe(false);
    expect(isPageRequest({ method: "GET", url: "/live/abc/events", headers: { accept: "text/event-stream" } })).toBe(false);
    expect(isPageRequest({ method: "GET", url: "/zh/trainer/webinars/abc/frame?at=12", headers: { accept: "image/avif,image/webp,*/*" } })).toBe(false);
    expect(isPageRequest({ method: "GET", url: "/live/abc/status.json", headers: {} })).toBe(false);
    expect(isReadForm({ method: "POST", body: Buffer.from("attempt=1") })).toBe(true);
    // A body not read in advance (not a form, or still streaming in) is not one.
    expect(isReadForm({ method: "POST" })).toBe(false);
    expect(isReadForm({ method: "PUT", body: Buffer.from("x") })).toBe(false);
  });

  it("renders a few pages at once and starts the others in the order they came", async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const pages = Array.from({ length: PAGES_AT_ONCE * 3 }, (_, index) =>
      inTurn(pageLoad(`/zh/courses?n=${index}`), async () => {
        started.push(index);
        most = Math.max(most, ++running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return index;
      }),
    );
    await tick();
    expect(started).toEqual(Array.from({ length: PAGES_AT_ONCE }, (_, index) => index));
    while (releases.length) {
      releases.shift()!();
      await tick();
    }
    const order = pages.map((_, index) => index);
    expect(await Promise.all(pages)).toEqual(order);
    expect(started).toEqual(order);
    expect(most).toBe(PAGES_AT_ONCE);
  });

  it("starts a form once the pages in line before it have started, and it holds no turn while it works or waits", async () => {
    const releases: (() => void)[] = [];
    const busy = Array.from({ length: PAGES_AT_ONCE }, () => inTurn(pageLoad(), () => new Promise<void>((resolve) => releases.push(resolve))));
    await tick();
    const started: string[] = [];
    const form = { method: "POST", url: "/zh/login", headers: { accept: "text/html" }, body: Buffer.from("email=a"), socket: { destroyed: false } };
    let endForm!: () => void;
    const before = inTurn(pageLoad("/zh/courses?before"), async () => started.push("page before"));
    // A login the throttle holds back: it waits on purpose.
    const answered = inTurn(form, () => {
      started.push("form");
      return new Promise<void>((resolve) => (endForm = resolve));
    });
    await tick();
    expect(started).toEqual([]);
    // One turn comes free: the page before takes it, and the form starts right after without one.
    releases.shift()!();
    await tick();
    expect(started).toEqual(["page before", "form"]);
    // While the form is still at work, pages take every turn there is, all at once.
    const holds: (() => void)[] = [];
    const after = Array.from({ length: PAGES_AT_ONCE }, (_, index) =>
      inTurn(pageLoad(`/zh/courses?after=${index}`), () => {
        started.push(`page after ${index}`);
        return new Promise<void>((resolve) => holds.push(resolve));
      }),
    );
    releases.forEach((release) => release());
    await Promise.all([...busy, before]);
    await tick();
    expect(started).toHaveLength(2 + PAGES_AT_ONCE);
    holds.forEach((hold) => hold());
    endForm();
    await Promise.all([...after, answered]);
  });

  it("does not hold back other requests, and skips a page whose client left while it waited", async () => {
    const releases: (() => void)[] = [];
    const busy = Array.from({ length: PAGES_AT_ONCE }, () => inTurn(pageLoad(), () => new Promise<void>((resolve) => releases.push(resolve))));
    await tick();

    expect(await inTurn({ method: "POST", url: "/zh/trainer/webinars/abc/upload", headers: { accept: "*/*" } }, async () => "streamed in")).toBe("streamed in");
    expect(await inTurn({ method: "GET", url: "/live/abc/events", headers: { accept: "text/event-stream" } }, async () => "streaming")).toBe("streaming");

    const gone = pageLoad();
    let rendered = false;
    const waiting = inTurn(gone, async () => {
      rendered = true;
      return "page";
    });
    gone.socket.destroyed = true;
    releases.forEach((release) => release());
    await Promise.all(busy);
    expect(await waiting).toBeNull();
    expect(rendered).toBe(false);
  });
});
