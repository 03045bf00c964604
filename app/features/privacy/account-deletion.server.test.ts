import { describe, expect, it } from "vitest";
import { openLoginSession } from "~/features/auth/login-session.server";
import { verifyLogin } from "~/features/auth/user.server";
import { issueCertificate } from "~/features/certificates/issue.server";
import { verifyCertificate } from "~/features/certificates/verification.server";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { registerForTrainingSession } from "~/features/trainings/registration.server";
import { makeTrainingSession } from "~/features/trainings/test-support/make-training-session";
import { registrationDetails } from "~/features/trainings/test-support/registration-burst";
import { deleteAccount, deletedAccountEmail } from "./account-deletion.server";
import { collectPersonalData } from "./personal-data.server";

async function learnerWithEverything(tag: string) {
  const user = await makeUser("learner", "zh", "王小明");
  await db.user.update({ where: { id: user.id }, data: { company: "宁波示例玩具有限公司", phone: "13800138000", bulletinSubscribed: true, captionMode: "bilingual" } });
  const course = await db.course.create({
    data: { slug: `${tag}-course`, category: "toys", audiences: "[]", titleZh: "玩具安全", titleEn: "Toy safety", summaryZh: "摘要", summaryEn: "Summary", estimatedMinutes: 10, passMark: 80, position: 1 },
  });
  const completedAt = new Date("2026-11-20T08:00:00Z");
  await db.courseEnrollment.create({ data: { userId: user.id, courseId: course.id, completedAt } });
  const certificate = await db.$transaction((tx) => issueCertificate(tx, { userId: user.id, type: "course", achievementId: course.id, completedOn: completedAt }));
  const session = await makeTrainingSession(`${tag}-session`, 1);
  await registerForTrainingSession(session.id, user.id, { ...registrationDetails("王小明"), email: user.email, needs: "需要轮椅通道" });
  await openLoginSession(user.id, "Chrome 120 · Windows");
  await db.loginAttempt.create({ data: { email: user.email, ip: "10.0.0.7", succeeded: true } });
  return { user, course, session, number: certificate!.number };
}

describe("download my data", () => {
  it("holds the profile, learning, registrations, certificates and sessions, and no secrets", async () => {
    const { user, number } = await learnerWithEverything("export");
    const data = await collectPersonalData(user.id);
    expect(data.profile).toMatchObject({ email: user.email, name: "王小明", company: "宁波示例玩具有限公司", phone: "13800138000", bulletinSubscribed: true, captionMode: "bilingual" });
    expect(data.courses).toHaveLength(1);
    expect(data.trainingRegistrations[0]).toMatchObject({ status: "confirmed", needs: "需要轮椅通道", interests: ["toys"] });
    expect(data.certificates[0]).toMatchObject({ number, holderName: "王小明" });
    expect(data.loginSessions[0]).toMatchObject({ browser: "Chrome 120 · Windows" });
    expect(data.recentLoginAttempts[0]).toMatchObject({ clientAddress: "10.0.0.7", succeeded: true });
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/passwordHash|tokenHash|scrypt\$/);
  });
});

describe("deleting an account", () => {
  it("erases personal data in one go, frees the seat for the next person, and keeps the certificate verifiable", async () => {
    const { user, session, number } = await learnerWithEverything("delete");
    const waiting = await makeUser("learner");
    await registerForTrainingSession(session.id, waiting.id, registrationDetails("next-in-line"));

    const { promotedRegistrationIds } = await deleteAccount(user.id);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: deletedAccountEmail(user.id), name: "", company: "", phone: "", passwordHash: "", bulletinSubscribed: false, captionMode: "", emailVerifiedAt: null });
    expect(row.deletedAt).not.toBeNull();
    expect((await verifyLogin(user.email, "anything")).status).toBe("failed");
    expect(await db.loginSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(0);

    const registration = await db.registration.findFirstOrThrow({ where: { userId: user.id } });
    expect(registration).toMatchObject({ status: "cancelled", name: "", email: "", company: "", phone: "", needs: "" });
    const promoted = await db.registration.findFirstOrThrow({ where: { userId: waiting.id } });
    expect(promoted.status).toBe("confirmed");
    expect(promotedRegistrationIds).toEqual([promoted.id]);

    const verification = await verifyCertificate(number);
    expect(verification.status).toBe("valid");
    expect(verification.status === "valid" && verification.certificate.holderName).toBe("王小明");

    // The mails about them that had not gone out are cancelled, and no job keeps their address.
    expect(await db.job.count({ where: { recipient: user.email } })).toBe(0);
    const theirMails = await db.job.findMany({ where: { targetId: { in: [user.id, registration.id] } }, select: { state: true, payload: true } });
    expect(theirMails).toEqual([{ state: "cancelled", payload: "{}" }]);

    const audit = await db.auditEntry.findMany({ where: { targetType: "user", targetId: user.id } });
    expect(audit.map((entry) => entry.action)).toEqual(["user.delete"]);
    // The learning record stays, attached to nobody identifiable, for the course statistics.
    expect(await db.courseEnrollment.count({ where: { userId: user.id } })).toBe(1);
  });

  it("frees the address for a new account", async () => {
    const { user } = await learnerWithEverything("reuse");
    await deleteAccount(user.id);
    await expect(db.user.create({ data: { email: user.email, passwordHash: "x", name: "New owner" } })).resolves.toBeTruthy();
  });
});
