import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { bulletinFor, bulletinMonths } from "./bulletins.server";
import { importRecalls } from "./import-recalls.server";
import { publishBulletin } from "./publish-bulletin.server";
import { setBulletinSubscription } from "./subscription.server";
import { pendingTranslations, saveTranslation } from "./translations.server";

const recall = (number: string, day: string, country = "China") => ({
  RecallNumber: number,
  RecallDate: `2025-07-${day}T00:00:00`,
  Title: "Test heater recalled",
  URL: "https://example.org/recalls/test",
  Products: [{ Name: `Heater ${number}`, Type: "Heaters" }],
  Hazards: [{ Name: "The heater can overheat, posing a fire hazard." }],
  Remedies: [{ Name: "Refund" }],
  ManufacturerCountries: [{ Country: country }],
});

async function user(email: string, preferredLanguage: string, subscribed: boolean, confirmed = true) {
  const row = await db.user.create({ data: { email, name: email, passwordHash: "x", preferredLanguage, emailVerifiedAt: confirmed ? new Date() : null } });
  if (subscribed) await setBulletinSubscription(row.id, true);
  return row;
}

describe("translation and publication", () => {
  it("shows only published text, lists pending translations, and publishes a month once", async () => {
    await importRecalls([recall("W-1", "02"), recall("W-2", "09"), recall("W-3", "10", "Vietnam")], null, "test.json");
    const trainer = await user("trainer-w@example.com", "en", false);
    await user("sub-zh@example.com", "zh", true);
    await user("sub-en@example.com", "en", true);
    await user("not-subscribed@example.com", "zh", false);
    // Subscribed before address confirmation existed, never confirmed: the platform mails it nothing.
    await user("sub-unconfirmed@example.com", "zh", true, false);

    const before = await bulletinFor("2025-07", "zh");
    expect(before!.recalls.map((r) => r.recallNumber)).toEqual(["W-1", "W-2"]);
    expect(before!.recalls.every((r) => r.text === null)).toBe(true);
    expect(before!.hazards).toEqual([{ kind: "fire", count: 2 }]);
    expect((await bulletinFor("2025-07", "en"))!.recalls[0]!.text).toEqual({ name: "Heater W-1", hazard: "The heater can overheat, posing a fire hazard.", remedy: "Refund" });
    expect((await pendingTranslations()).map((r) => [r.recallNumber, r.pending])).toEqual([
      ["W-1", ["zh"]],
      ["W-2", ["zh"]],
    ]);

    const w1 = await db.recall.findUniqueOrThrow({ where: { recallNumber: "W-1" } });
    await saveTranslation(w1.id, "zh", { name: "取暖器", hazard: "取暖器可能过热，存在火灾危险。", remedy: "退款" }, false, trainer.id);
    expect((await bulletinFor("2025-07", "zh"))!.recalls[0]!.text).toBeNull();
    await saveTranslation(w1.id, "zh", { name: "取暖器", hazard: "取暖器可能过热，存在火灾危险。", remedy: "退款" }, true, trainer.id);
    expect((await bulletinFor("2025-07", "zh"))!.recalls[0]!.text).toEqual({ name: "取暖器", hazard: "取暖器可能过热，存在火灾危险。", remedy: "退款" });
    expect((await pendingTranslations()).map((r) => r.recallNumber)).toEqual(["W-2"]);

    expect(await bulletinMonths({ includeUnpublished: false })).toEqual([]);
    const [first, second] = await Promise.all([publishBulletin("2025-07", trainer.id), publishBulletin("2025-07", trainer.id)]);
    expect([first, second]).toEqual(expect.arrayContaining([{ kind: "published", queued: 2 }, { kind: "alreadyPublished" }]));
    expect((await db.job.findMany({ where: { kind: "mail.bulletin" }, select: { recipient: true } })).map((job) => job.recipient).sort()).toEqual(["sub-en@example.com", "sub-zh@example.com"]);
    expect(await publishBulletin("2025-08", trainer.id)).toEqual({ kind: "empty" });
    expect(await bulletinMonths({ includeUnpublished: false })).toEqual([{ month: "2025-07", recalls: 2, publishedAt: expect.any(Date), sample: false }]);

    const actions = (await db.auditEntry.findMany({ where: { actorId: trainer.id } })).map((entry) => entry.action).sort();
    expect(actions).toEqual(["bulletin.publish", "recall.translate", "recall.translate"]);
  });
});
