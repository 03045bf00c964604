import { requireTrainer } from "~/features/auth/guards.server";
import { db } from "~/platform/db/db.server";
import { requireTrainingSession } from "./training-sessions.server";
import { forbidden } from "~/platform/http/responses";

/**
 * A trainer may manage a session they are assigned to; an admin may manage
 * any. Everyone else gets 403 (anonymous users are sent to log in).
 */
export async function requireTrainingSessionTrainer(request: Request, sessionId: string | undefined) {
  const user = await requireTrainer(request);
  const session = await requireTrainingSession(sessionId);
  if (user.role !== "admin") {
    const assigned = await db.sessionTrainer.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: user.id } } });
    if (!assigned) throw forbidden();
  }
  return { user, session };
}
