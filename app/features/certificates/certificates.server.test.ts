import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { makeTrainingSession } from "~/features/trainings/test-support/make-training-session";
import { checkIn, setAttendance } from "~/features/trainings/attendance.server";
import { newTicketCode } from "~/features/trainings/ticket-code.server";
import { issueMissingCertificates } from "./backfill.server";
import { issueCertificate } from "./issue.server";
import { credentialFor, issuerId, issuerProfile } from "./open-badge.server";
import { revokeCertificate } from "./revocation.server";
import { hasValidSignature } from "./signature.server";
import { signingKey, signingKeyFromPem } from "./signing-key.server";
import { offlineDocumentLoader, schemaErrors, verifyCredential } from "./test-support/independent-verifier";
import { verifyCertificate } from "./verification.server";

async function person(tag: string, name = "张伟", emailVerifiedAt: Date | null = new Date()) {
  return db.user.create({ data: { email: `${tag}-${crypto.randomUUID()}@example.com`, passwordHash: "x", name, emailVerifiedAt } });
}

async function course(slug: string) {
  return db.course.create({
    data: { slug, category: "toys", audiences: "[]", titleZh: "玩具安全：美国要求", titleEn: "Toy safety: U.S. requirements", summaryZh: "摘要", summaryEn: "Summary", estimatedMinutes: 10, passMark: 80, position: 1 },
  });
}

async function issuedFor(slug: string, name?: string) {
  const [user, target] = await Promise.all([person(slug, name), course(slug)]);
  const completedOn = new Date("2026-11-20T08:00:00Z");
  const issued = await db.$transaction((tx) => issueCertificate(tx, { userId: user.id, type: "course", achievementId: target.id, completedOn }));
  if (!issued) throw new Error("not issued");
  return { user, course: target, number: issued.number };
}

describe("issuing", () => {
  it("issues one certificate per person and achievement, however often it is completed", async () => {
    const { user, course: target, number } = await issuedFor("once");
    const again = await db.$transaction((tx) => issueCertificate(tx, { userId: user.id, type: "course", achievementId: target.id, completedOn: new Date() }));
    expect(again?.number).toBe(number);
    expect(await db.certificate.count({ where: { userId: user.id } })).toBe(1);
  });

  it("carries the holder's name as entered, both titles, the date and the issuers", async () => {
    const { number } = await issuedFor("fields", "Émilie 陈-O'Brien");
    const result = await verifyCertificate(number);
    expect(result.status).toBe("valid");
    if (result.status !== "valid") return;
    expect(result.certificate).toMatchObject({
      holderName: "Émilie 陈-O'Brien",
      titleZh: "玩具安全：美国要求",
      titleEn: "Toy safety: U.S. requirements",
      completedOn: new Date("2026-11-20T08:00:00Z"),
      achievementType: "course",
    });
    expect(result.certificate.issuers[0]?.en).toBe("Product Safety Training");
  });

  it("issues the training certificate on check-in or on marking late, not on absence", async () => {
    const session = await makeTrainingSession(`cert-${crypto.randomUUID().slice(0, 8)}`, 5);
    const [present, late, absent] = await Promise.all([person("present"), person("late"), person("absent")]);
    const trainer = await person("trainer");
    const registrations = await Promise.all(
      [present, late, absent].map((user) =>
        db.registration.create({
          data: { sessionId: session.id, userId: user.id, status: "confirmed", name: user.name, email: user.email, company: "C", jobRole: "buyer", phone: "", interests: "[]", language: "zh", ticketCode: newTicketCode() },
        }),
      ),
    );
    await checkIn(session.id, registrations[0]!.ticketCode, trainer.id);
    await setAttendance(session.id, registrations[1]!.id, "late", trainer.id);
    await setAttendance(session.id, registrations[2]!.id, "absent", trainer.id);
    const holders = await db.certificate.findMany({ where: { achievementId: session.id }, select: { userId: true, achievementType: true, issuers: true } });
    expect(holders.map((row) => row.userId).sort()).toEqual([present.id, late.id].sort());
    expect(holders[0]?.achievementType).toBe("training");
    expect(holders[0]?.issuers).toContain("U.S. Consumer Product Safety Commission");
  });

  it("holds back the certificate of an unconfirmed address, and issues it for that person once confirmed", async () => {
    const [user, target] = await Promise.all([person("unconfirmed", "李雷", null), course("unconfirmed")]);
    const completedOn = new Date("2026-11-21T08:00:00Z");
    await db.courseEnrollment.create({ data: { userId: user.id, courseId: target.id, completedAt: completedOn } });
    expect(await db.$transaction((tx) => issueCertificate(tx, { userId: user.id, type: "course", achievementId: target.id, completedOn }))).toBeNull();
    expect(await issueMissingCertificates({ userId: user.id })).toBe(0);
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    expect(await issueMissingCertificates({ userId: user.id })).toBe(1);
    const certificate = await db.certificate.findFirstOrThrow({ where: { userId: user.id } });
    expect(certificate.completedOn).toEqual(completedOn);
    expect(hasValidSignature(certificate)).toBe(true);
  });

  it("backfills completions recorded without a certificate, once", async () => {
    const [user, target] = await Promise.all([person("backfill"), course("backfill")]);
    await db.courseEnrollment.create({ data: { userId: user.id, courseId: target.id, completedAt: new Date() } });
    expect(await issueMissingCertificates()).toBeGreaterThanOrEqual(1);
    expect(await db.certificate.count({ where: { userId: user.id } })).toBe(1);
    await issueMissingCertificates();
    expect(await db.certificate.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("signature", () => {
  it("verifies an untouched record", async () => {
    const { number } = await issuedFor("untouched");
    const row = await db.certificate.findUniqueOrThrow({ where: { number } });
    expect(hasValidSignature(row)).toBe(true);
  });

  it.each([
    ["holderName", "李四"],
    ["titleEn", "Something else"],
    ["titleZh", "别的课程"],
    ["completedOn", new Date("2020-01-01T00:00:00Z")],
    ["issuers", JSON.stringify([{ zh: "假机构", en: "Fake Agency" }])],
    ["achievementId", "another-course"],
  ] as const)("fails when %s is changed in the database", async (field, value) => {
    const { number } = await issuedFor(`tamper-${field}`);
    await db.certificate.update({ where: { number }, data: { [field]: value } });
    expect((await verifyCertificate(number)).status).toBe("invalid");
  });

  it("fails when the number is changed (a signature moved to another number)", async () => {
    const { number } = await issuedFor("tamper-number");
    const forged = `${number.slice(0, -1)}${number.endsWith("0") ? "1" : "0"}`;
    await db.certificate.update({ where: { number }, data: { number: forged } });
    expect((await verifyCertificate(forged)).status).toBe("invalid");
    expect((await verifyCertificate(number)).status).toBe("notFound");
  });
});

describe("revocation", () => {
  it("shows at once, keeps the reason and date, and is audited", async () => {
    const { number } = await issuedFor("revoke");
    const admin = await person("admin");
    const now = new Date("2026-11-24T10:00:00Z");
    expect(await revokeCertificate({ number, reason: "Issued in error", adminId: admin.id, now })).toBe("revoked");
    const result = await verifyCertificate(number);
    expect(result).toMatchObject({ status: "revoked", reason: "Issued in error", revokedAt: now });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "certificate.revoke", actorId: admin.id } });
    expect(JSON.parse(audit.details)).toEqual({ number, reason: "Issued in error" });
    expect(await revokeCertificate({ number, reason: "Again", adminId: admin.id })).toBe("alreadyRevoked");
    expect(await db.auditEntry.count({ where: { action: "certificate.revoke", actorId: admin.id } })).toBe(1);
  });
});

describe("Open Badges 3.0 credential", () => {
  const loader = offlineDocumentLoader(issuerId(), async () => issuerProfile());

  async function credential() {
    const { number, course: target } = await issuedFor(`badge-${crypto.randomUUID().slice(0, 6)}`);
    const result = await verifyCertificate(number);
    if (result.status !== "valid") throw new Error(result.status);
    return { number, course: target, credential: await credentialFor(result.certificate) };
  }

  it("is an OpenBadgeCredential with the achievement, issuer, holder name and issuance date", async () => {
    const { number, course: target, credential: badge } = await credential();
    expect(badge.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(badge["@context"][0]).toBe("https://www.w3.org/ns/credentials/v2");
    expect(badge.id).toMatch(new RegExp(`/certificates/${number}\\.json$`));
    expect(JSON.stringify(badge.credentialSubject)).toContain("张伟");
    expect(JSON.stringify(badge.credentialSubject)).toContain("Toy safety: U.S. requirements");
    expect(badge.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((badge.issuer as { id: string }).id).toMatch(/\/issuer$/);
    // The achievement's address is built from the course's slug, not its title.
    const achievement = (badge.credentialSubject as { achievement: { id: string } }).achievement;
    expect(achievement.id).toMatch(new RegExp(`/achievements/course/${target.slug}$`));
  });

  it("passes the 1EdTech Open Badges 3.0 schema, with the proof as an array", async () => {
    const { credential: badge } = await credential();
    expect(schemaErrors(badge)).toEqual([]);
    expect(Array.isArray(badge.proof)).toBe(true);
    expect(schemaErrors({ ...badge, proof: badge.proof?.[0] })).not.toEqual([]);
  });

  it("is verified by an independent Data Integrity verifier with the published key, and fails once anything is changed", async () => {
    const { credential: badge } = await credential();
    const result = await verifyCredential(badge, loader);
    expect(result.error, JSON.stringify(result.error)).toBeUndefined();
    expect(result.verified).toBe(true);

    const tampered = structuredClone(badge);
    (tampered.credentialSubject as { identifier: { identityHash: string }[] }).identifier[0]!.identityHash = "李四";
    expect((await verifyCredential(tampered, loader)).verified).toBe(false);

    const otherKey = signingKeyFromPem(crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString());
    const otherLoader = offlineDocumentLoader(issuerId(), async () => issuerProfile(otherKey));
    expect((await verifyCredential(badge, otherLoader)).verified).toBe(false);
  });

  it("publishes the same key the certificates are signed with", () => {
    expect(issuerProfile().verificationMethod[0]!.publicKeyMultibase).toBe(signingKey().publicKeyMultibase);
  });
});
