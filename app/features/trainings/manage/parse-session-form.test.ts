import { describe, expect, it } from "vitest";
import { parseTrainingSessionForm } from "./parse-session-form";

function form(overrides: Record<string, string | string[]> = {}): FormData {
  const values: Record<string, string | string[]> = {
    titleZh: "玩具安全要求培训",
    titleEn: "Toy safety requirements",
    descriptionZh: "面向玩具制造商的一天培训。",
    descriptionEn: "A one-day training for toy manufacturers.",
    category: "toys",
    cityZh: "宁波",
    cityEn: "Ningbo",
    venueZh: "宁波国际会议中心",
    venueEn: "Ningbo International Conference Center",
    addressZh: "宁波市鄞州区",
    addressEn: "Yinzhou District, Ningbo",
    timeZone: "Asia/Shanghai",
    startsAt: "2027-03-16T09:30",
    endsAt: "2027-03-16T16:30",
    registrationDeadline: "2027-03-10T18:00",
    capacity: "40",
    languages: ["zh", "en"],
    organizers: "CPSC，ACCC",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

describe("the session form", () => {
  it("reads times in the venue's zone and lists organizers split by either comma", () => {
    const result = parseTrainingSessionForm(form());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.startsAt.toISOString()).toBe("2027-03-16T01:30:00.000Z");
    expect(result.data.endsAt.toISOString()).toBe("2027-03-16T08:30:00.000Z");
    expect(result.data.registrationDeadline.toISOString()).toBe("2027-03-10T10:00:00.000Z");
    expect(result.data.organizers).toEqual(["CPSC", "ACCC"]);
    expect(result.data.capacity).toBe(40);
  });

  it("refuses an end before the start and a deadline after it, keeping what was typed", () => {
    const result = parseTrainingSessionForm(form({ endsAt: "2027-03-16T08:00", registrationDeadline: "2027-03-17T09:00", titleZh: "" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.endsAt?.key).toBe("validation.endBeforeStart");
    expect(result.errors.registrationDeadline?.key).toBe("validation.deadlineAfterStart");
    expect(result.errors.titleZh?.key).toBe("validation.required");
    expect(result.values.endsAt).toBe("2027-03-16T08:00");
    expect(result.values.titleEn).toBe("Toy safety requirements");
  });

  it("needs at least one seat, and no fewer seats than people already confirmed", () => {
    const none = parseTrainingSessionForm(form({ capacity: "0" }));
    expect(!none.ok && none.errors.capacity?.key).toBe("validation.capacityMin");
    const words = parseTrainingSessionForm(form({ capacity: "forty" }));
    expect(!words.ok && words.errors.capacity?.key).toBe("validation.wholeNumber");
    const below = parseTrainingSessionForm(form({ capacity: "10" }), 12);
    expect(!below.ok && below.errors.capacity).toEqual({ key: "validation.capacityBelowConfirmed", values: { count: 12 } });
    expect(parseTrainingSessionForm(form({ capacity: "12" }), 12).ok).toBe(true);
  });

  it("refuses impossible dates, unknown zones and a session without a language", () => {
    const result = parseTrainingSessionForm(form({ startsAt: "2027-02-30T09:00", timeZone: "Mars/Base", languages: [] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.timeZone?.key).toBe("validation.invalidChoice");
    expect(result.errors.languages?.key).toBe("validation.languagesRequired");
    const impossible = parseTrainingSessionForm(form({ startsAt: "2027-02-30T09:00" }));
    expect(!impossible.ok && impossible.errors.startsAt?.key).toBe("validation.dateTime");
  });
});
