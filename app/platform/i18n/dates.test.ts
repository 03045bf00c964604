import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

describe("dates", () => {
  it("formats in China Standard Time in each language, the same on every call", () => {
    // 20:30 UTC on 1 March is 04:30 on 2 March in Shanghai.
    const value = "2026-03-01T20:30:00Z";
    for (let call = 0; call < 2; call++) {
      expect(formatDate(value, "zh")).toBe("2026年3月2日");
      expect(formatDate(new Date(value), "en")).toBe("March 2, 2026");
      expect(formatDateTime(value, "en")).toBe("Mar 2, 2026, 4:30 AM");
      expect(formatDateTime(value, "zh")).toBe("2026年3月2日 04:30");
    }
  });
});
