import { describe, expect, it } from "vitest";
import { fromZonedInput, isTimeZone, toZonedInput } from "./zoned-time";

describe("venue wall-clock times", () => {
  it("reads a Shanghai time as UTC+8 and writes it back", () => {
    const instant = fromZonedInput("2027-03-14T09:30", "Asia/Shanghai");
    expect(instant?.toISOString()).toBe("2027-03-14T01:30:00.000Z");
    expect(toZonedInput(instant!, "Asia/Shanghai")).toBe("2027-03-14T09:30");
  });

  it("follows daylight saving time in zones that have it", () => {
    expect(fromZonedInput("2027-01-10T09:00", "America/New_York")?.toISOString()).toBe("2027-01-10T14:00:00.000Z");
    expect(fromZonedInput("2027-07-10T09:00", "America/New_York")?.toISOString()).toBe("2027-07-10T13:00:00.000Z");
  });

  it("refuses impossible dates, times in a daylight-saving gap and other text", () => {
    expect(fromZonedInput("2027-02-30T09:00", "Asia/Shanghai")).toBeNull();
    expect(fromZonedInput("2027-03-14T02:30", "America/New_York")).toBeNull();
    expect(fromZonedInput("next tuesday", "Asia/Shanghai")).toBeNull();
    expect(fromZonedInput("2027-03-14 09:30", "Asia/Shanghai")).toBeNull();
  });

  it("knows real zone names only", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
