// Certificates of attendance after a live webinar: who gets one (the share's
// edge, registrants only unless the webinar is open), once each however often
// the broadcast ends, and the credential an outside verifier accepts.
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import type { Mailer, Message } from "~/platform/mail/mailer.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { credentialFor, issuerId, issuerProfile } from "~/features/certificates/open-badge.server";
import { hasValidSignature } from "~/features/certificates/signature.server";
import { offlineDocumentLoader, schemaErrors, verifyCredential } from "~/features/certificates/test-support/independent-verifier";
import { verifyCertificate } from "~/features/certificates/verification.server";
import { AWARD_DELAY_MS, reachesShare } from "./attendance-certificates.server";
import { markEnded, markLive } from "./ingest.server";
import { createLiveWebinar } from "./live-webinars.server";

const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);
const BROADCAST = 600; // seconds
/** A moment after the jobs queued by the run itself (the certificate mails, due when issued). */
const soon = () => new Date(Date.now() + 5_000);

function collectingMailer(): Mailer & { sent: Message[] } {
  const sent: Message[] = [];
  return { sent, send: async (message) => void sent.push(message) };
}

async function endedWebinar(options: { registrationRequired: boolean; share?: number }) {
  // Scheduled in the past so the jobs it queues are due now; created before its start.
  const startsAt = new Date(Date.now() - 3_600_000);
  const input = { titleZh: "直播：玩具召回", titleEn: "Live: toy recalls", descriptionZh: "说明", descriptionEn: "About", speakers: "A", category: "toys" as const, startsAt, endsAt: at(startsAt, 3600), registrationRequired: options.registrationRequired, capacity: null, attendanceShare: options.share ?? 50 };
  const webinar = await createLiveWebinar(input, await makeUser("trainer"), at(startsAt, -86_400));
  await markLive(webinar.id, startsAt);
  return { webinar, startsAt, endedAt: at(startsAt, BROADCAST) };
}

async function register(webinarId: string, user: { id: string; name: string; email: string }) {
  return db.liveRegistration.create({ data: { webinarId, userId: user.id, name: user.name, email: user.email, language: "zh" } });
}

async function watched(webinarId: string, viewerKey: string, seconds: number, startsAt: Date) {
  await db.liveAttendance.create({ data: { webinarId, viewerKey, name: "x", email: "x@example.com", secondsWatched: seconds, firstSeenAt: startsAt, lastSeenAt: at(startsAt, BROADCAST) } });
}

const certificatesOf = (webinarId: string) => db.certificate.findMany({ where: { achievementType: "live", achievementId: webinarId }, orderBy: { holderName: "asc" } });

describe("reaching the share", () => {
  it("counts exactly the share as reached and one second less as not", () => {
    expect(reachesShare(300, 600, 50)).toBe(true);
    expect(reachesShare(299, 600, 50)).toBe(false);
    expect(reachesShare(600, 600, 100)).toBe(true);
    expect(reachesShare(599, 600, 100)).toBe(false);
    expect(reachesShare(7, 601, 1)).toBe(true);
    expect(reachesShare(6, 601, 1)).toBe(false);
  });
});

describe("certificates of attendance", () => {
  it("go to registrants who watched at least the share (signed in or by join link), once each, even when the broadcast ends twice", async () => {
    const { webinar, startsAt, endedAt } = await endedWebinar({ registrationRequired: true });
    const [edge, short, linkViewer, notRegistered] = await Promise.all([
      makeUser("learner", "zh", "刚好一半"),
      makeUser("learner", "en", "Just Short"),
      makeUser("learner", "en", "Link Viewer"),
      makeUser("learner", "zh", "未报名"),
    ]);
    await register(webinar.id, edge);
    await register(webinar.id, short);
    const linkRegistration = await register(webinar.id, linkViewer);
    await watched(webinar.id, `user:${edge.id}`, 300, startsAt);
    await watched(webinar.id, `user:${short.id}`, 299, startsAt);
    await watched(webinar.id, `registration:${linkRegistration.id}`, 420, startsAt);
    await watched(webinar.id, `user:${notRegistered.id}`, 600, startsAt);

    await markEnded(webinar.id, endedAt);
    await markEnded(webinar.id, at(endedAt, 5)); // the same end reported again: nothing changes
    expect(await db.job.count({ where: { kind: "live.attendanceCertificates", targetId: webinar.id } })).toBe(1);
    // Not before the last heartbeats are in.
    const mailer = collectingMailer();
    await runQueuedJobs(new Date(endedAt.getTime() + AWARD_DELAY_MS - 1), { mailer });
    expect(await certificatesOf(webinar.id)).toHaveLength(0);
    await runQueuedJobs(soon(), { mailer });

    const issued = await certificatesOf(webinar.id);
    expect(issued.map((row) => [row.holderName, row.minutesAttended])).toEqual([
      ["Link Viewer", 7],
      ["刚好一半", 5],
    ]);
    expect(issued.every((row) => hasValidSignature(row) && row.completedOn.getTime() === endedAt.getTime())).toBe(true);
    // The certificate mail, in each holder's language.
    expect(mailer.sent.map((message) => message.to).sort()).toEqual([edge.email, linkViewer.email].sort());
    const textTo = (user: { email: string }) => String(mailer.sent.find((message) => message.to === user.email)?.text).replace(/\s+/g, " ");
    expect(textTo(edge)).toMatch(/感谢您参加网络研讨会直播“.*直播：玩具召回.*”（观看 5 分钟）/);
    expect(textTo(linkViewer)).toMatch(/Thank you for attending the live webinar “Live:.*toy recalls” \(7 minutes\)/);

    // The host reconnects, the broadcast goes on, and ends again: a second award adds only newcomers.
    await markLive(webinar.id, at(endedAt, 60));
    await db.liveAttendance.updateMany({ where: { webinarId: webinar.id, viewerKey: `user:${short.id}` }, data: { secondsWatched: 500 } });
    await markEnded(webinar.id, at(endedAt, 120));
    await runQueuedJobs(soon(), { mailer });
    const after = await certificatesOf(webinar.id);
    // 720 s on air now: 360 s is the share; 500 reaches it, the edge viewer's 300 no longer would but keeps the certificate earned.
    expect(after.map((row) => row.holderName)).toEqual(["Just Short", "Link Viewer", "刚好一半"]);
    expect(mailer.sent).toHaveLength(3);
  });

  it("go to every signed-in viewer of an open webinar who watched enough, at the share the trainer set", async () => {
    const { webinar, startsAt, endedAt } = await endedWebinar({ registrationRequired: false, share: 80 });
    const [viewer, brief] = await Promise.all([makeUser("learner", "en", "Open Viewer"), makeUser("learner", "en", "Brief Viewer")]);
    await watched(webinar.id, `user:${viewer.id}`, 480, startsAt);
    await watched(webinar.id, `user:${brief.id}`, 479, startsAt);
    await markEnded(webinar.id, endedAt);
    await runQueuedJobs(soon(), { mailer: collectingMailer() });
    expect((await certificatesOf(webinar.id)).map((row) => row.holderName)).toEqual(["Open Viewer"]);
  });

  it("make an Open Badges 3.0 credential that says attendance and the minutes, accepted by an independent verifier", async () => {
    const { webinar, startsAt, endedAt } = await endedWebinar({ registrationRequired: false });
    const viewer = await makeUser("learner", "en", "Badge Viewer");
    await watched(webinar.id, `user:${viewer.id}`, BROADCAST, startsAt);
    await markEnded(webinar.id, endedAt);
    await runQueuedJobs(soon(), { mailer: collectingMailer() });
    const [row] = await certificatesOf(webinar.id);
    const result = await verifyCertificate(row!.number);
    if (result.status !== "valid") throw new Error(result.status);
    expect(result.certificate.minutesAttended).toBe(10);
    const badge = await credentialFor(result.certificate);
    expect(schemaErrors(badge)).toEqual([]);
    const loader = offlineDocumentLoader(issuerId(), async () => issuerProfile());
    const verified = await verifyCredential(badge, loader);
    expect(verified.error, JSON.stringify(verified.error)).toBeUndefined();
    expect(verified.verified).toBe(true);
    expect(badge.description).toContain("Attended 10 minutes of the live webinar");
    expect(badge.description).toContain("收看网络研讨会直播 10 分钟");
    const achievement = (badge.credentialSubject as { achievement: { id: string; achievementType: string; criteria: { narrative: string } } }).achievement;
    expect(achievement.id).toContain(`/achievements/live/${webinar.code}`);
    expect(achievement.achievementType).toBe("Achievement");
    expect(achievement.criteria.narrative).toContain("Watched the live webinar while it was broadcast");

    // The minutes are signed: changing them in the database breaks the certificate.
    await db.certificate.update({ where: { id: row!.id }, data: { minutesAttended: 60 } });
    expect((await verifyCertificate(row!.number)).status).toBe("invalid");
  });
});
