import { recordAudit } from "~/platform/audit/audit-log.server";
import { db } from "~/platform/db/db.server";

export type RevokeResult = "revoked" | "alreadyRevoked" | "notFound";

/**
 * Revokes a certificate with a reason, recorded in the audit log in the same
 * transaction. The signature does not cover revocation, so the record still
 * verifies and the verification page shows it as revoked at once.
 */
export async function revokeCertificate(input: { number: string; reason: string; adminId: string; now?: Date }): Promise<RevokeResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const certificate = await tx.certificate.findUnique({ where: { number: input.number }, select: { id: true, revokedAt: true } });
    if (!certificate) return "notFound";
    const updated = await tx.certificate.updateMany({
      where: { id: certificate.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: input.reason, revokedById: input.adminId },
    });
    if (updated.count === 0) return "alreadyRevoked";
    await recordAudit(
      { actorId: input.adminId, action: "certificate.revoke", targetType: "certificate", targetId: certificate.id, details: { number: input.number, reason: input.reason } },
      tx,
    );
    return "revoked";
  });
}
