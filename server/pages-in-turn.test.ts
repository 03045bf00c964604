import { describe, expect, it } from "vitest";
import { REQUESTS_AT_ONCE, inTurn, waitsItsTurn } from "./pages-in-turn.js";

const pageLoad = (url = "/zh/courses") => ({ method: "GET", url, headers: { accept: "text/html,application/xhtml+xml" }, socket: { destroyed: false } });
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("pages in turn", () => {
  it("tells page loads, page data and read forms from the other requests", () => {
    expect(waitsItsTurn(pageLoad())).toBe(true);
    expect(waitsItsTurn({ method: "HEAD", url: "/en", headers: { accept: "text/html" } })).toBe(true);
    expect(waitsItsTurn({ method: "GET", url: "/zh/courses/toy-safety-us.data?_routes=root", headers: { accept: "*/*" } })).toBe(true);
    expect(waitsItsTurn({ method: "POST", url: "/zh/courses/toy-safety-us/magnets/quiz", headers: { accept: "text/html" }, body: Buffer.from("attempt=1") })).toBe(true);
    expect(waitsItsTurn({ method: "POST", url: "/zh/courses/toy-safety-us/magnets/quiz.data", headers: { accept: "*/*" }, body: Buffer.from("attempt=1") })).toBe(true);
    // A body not read in advance (not a form, or still streaming in) does not hold a turn.
    expect(waitsItsTurn({ method: "POST", url: "/zh/trainer/webinars/abc/upload", headers: { accept: "*/*" } })).toBe(false);
    expect(waitsItsTurn({ method: "PUT", url: "/zh/trainer/webinars/abc/upload", headers: { accept: "*/*" }, body: Buffer.from("x") })).toBe(false);
    expect(waitsItsTurn({ method: "GET", url: "/live/abc/events", headers: { accept: "text/event-stream" } })).toBe(false);
    expect(waitsItsTurn({ method: "GET", url: "/zh/trainer/webinars/abc/frame?at=12", headers: { accept: "image/avif,image/webp,*/*" } })).toBe(false);
    expect(waitsItsTurn({ method: "GET", url: "/live/abc/status.json", headers: {} })).toBe(false);
  });

  it("renders a few pages at once and starts the others in the order they came", async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const pages = Array.from({ length: REQUESTS_AT_ONCE * 3 }, (_, index) =>
      inTurn(pageLoad(`/zh/courses?n=${index}`), async () => {
        started.push(index);
        most = Math.max(most, ++running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return index;
      }),
    );
    await tick();
    expect(started).toEqual(Array.from({ length: REQUESTS_AT_ONCE }, (_, index) => index));
    while (releases.length) {
      releases.shift()!();
      await tick();
    }
    const order = pages.map((_, index) => index);
    expect(await Promise.all(pages)).toEqual(order);
    expect(started).toEqual(order);
    expect(most).toBe(REQUESTS_AT_ONCE);
  });

  it("answers a form after the pages that came before it, and before those after it", async () => {
    const releases: (() => void)[] = [];
    const busy = Array.from({ length: REQUESTS_AT_ONCE }, () => inTurn(pageLoad(), () => new Promise<void>((resolve) => releases.push(resolve))));
    await tick();
    const started: string[] = [];
    const form = { method: "POST", url: "/zh/courses/toy-safety-us/magnets/quiz", headers: { accept: "text/html" }, body: Buffer.from("attempt=1"), socket: { destroyed: false } };
    const waiting = [
      inTurn(pageLoad("/zh/courses?before"), async () => started.push("page before")),
      inTurn(form, async () => started.push("form")),
      inTurn(pageLoad("/zh/courses?after"), async () => started.push("page after")),
    ];
    await tick();
    expect(started).toEqual([]);
    releases.forEach((release) => release());
    await Promise.all([...busy, ...waiting]);
    expect(started).toEqual(["page before", "form", "page after"]);
  });

  it("does not hold back other requests, and skips a page whose client left while it waited", async () => {
    const releases: (() => void)[] = [];
    const busy = Array.from({ length: REQUESTS_AT_ONCE }, () => inTurn(pageLoad(), () => new Promise<void>((resolve) => releases.push(resolve))));
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
