import { describe, expect, it } from "vitest";
import { getServerT } from "~/platform/i18n/i18next.server";
import { detailsText } from "./audit-details.server";

describe("audit details", () => {
  it("read in the reader's language: labels, roles, attendance and changed session fields", async () => {
    const zh = await getServerT("zh");
    const en = await getServerT("en");
    expect(detailsText(JSON.stringify({ from: "learner", to: "trainer" }), zh)).toBe("原为: 学员; 改为: 培训师");
    expect(detailsText(JSON.stringify({ changed: ["titleEn", "capacity"], promoted: 1 }), en)).toBe("Changed: Title (English), Seats; Moved up from the waiting list: 1");
    expect(detailsText(JSON.stringify({ attendance: "late", via: "roster" }), zh)).toBe("出勤: 迟到; 记录方式: 名单");
  });

  it("shows unknown keys and unreadable JSON as stored", async () => {
    const en = await getServerT("en");
    expect(detailsText(JSON.stringify({ reason: "typo" }), en)).toBe("reason: typo");
    expect(detailsText("not json", en)).toBe("not json");
  });
});
