import { describe, expect, it } from "vitest";
import { MAX_DISCOVERY_PATHS, urlRefusal } from "./url-limits.js";

const TOO_LONG = { status: 414, kind: "uriTooLong" };
const NOT_FOUND = { status: 404, kind: "notFound" };

describe("refusing absurd URLs before routing", () => {
  it("lets every kind of URL the app has through", () => {
    for (const url of [
      "/",
      "/zh",
      "/en/trainer/reports/webinars/ecommerce-safe-products/retention.csv",
      "/zh/courses/toy-safety-us/lead-and-phthalates/quiz?attempt=2",
      `/zh/resources?q=${encodeURIComponent("追踪标签".repeat(25))}&category=toys&kind=guide`,
      "/media/webinars/ecommerce-safe-products/video.webm",
      "/__manifest?p=%2Fzh%2Fcourses&p=%2Fzh%2Ftrainer%2Fpeople%2Fabc&version=8593e9ab",
    ]) {
      expect(urlRefusal(url), url).toBeNull();
    }
  });

  it("refuses deep paths as not found and long ones as too long", () => {
    expect(urlRefusal(`/zh/${"a/".repeat(16)}`)).toEqual(NOT_FOUND);
    expect(urlRefusal(`/zh/${"a/".repeat(7000)}`)).toEqual(TOO_LONG);
    expect(urlRefusal(`/zh/${"a".repeat(1100)}`)).toEqual(TOO_LONG);
    expect(urlRefusal(`/zh?q=${"a".repeat(9000)}`)).toBeNull();
    expect(urlRefusal(`/zh?q=${"a".repeat(17_000)}`)).toEqual(TOO_LONG);
  });

  it("refuses query strings with more parameters than any page reads", () => {
    expect(urlRefusal(`/zh?${Array.from({ length: 101 }, (_, i) => `a${i}=1`).join("&")}`)).toEqual(TOO_LONG);
  });

  it("refuses route-discovery requests for paths no page links to, or too many of them", () => {
    expect(urlRefusal(`/__manifest?version=x&p=${encodeURIComponent(`/zh/${"a/".repeat(3000)}`)}`)).toEqual(TOO_LONG);
    expect(urlRefusal(`/__manifest?version=x&p=${encodeURIComponent(`/zh/${"a/".repeat(20)}`)}`)).toEqual(NOT_FOUND);
    const many = Array.from({ length: MAX_DISCOVERY_PATHS + 1 }, (_, i) => `p=%2Fzh%2F${i}`).join("&");
    expect(urlRefusal(`/__manifest?version=x&${many}`)).toEqual(TOO_LONG);
    const deepButFew = Array.from({ length: 14 }, (_, i) => `p=%2F${i}%2Fa%2Fb%2Fc%2Fd%2Fe%2Ff%2Fg%2Fh%2Fi%2Fj%2Fk%2Fl%2Fm%2Fn`).join("&");
    expect(urlRefusal(`/__manifest?version=x&${deepButFew}`)).toEqual(TOO_LONG);
  });
});
