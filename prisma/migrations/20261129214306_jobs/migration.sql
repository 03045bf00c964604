-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "state" TEXT NOT NULL DEFAULT 'pending',
    "runAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 6,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "recipient" TEXT,
    "targetType" TEXT,
    "targetId" TEXT,
    "batch" TEXT,
    "dedupeKey" TEXT,
    "sendStartedAt" DATETIME,
    "sentAt" DATETIME,
    "unknownOutcomes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Job_dedupeKey_key" ON "Job"("dedupeKey");

-- CreateIndex
CREATE INDEX "Job_state_runAt_idx" ON "Job"("state", "runAt");

-- CreateIndex
CREATE INDEX "Job_state_lockedUntil_idx" ON "Job"("state", "lockedUntil");

-- CreateIndex
CREATE INDEX "Job_batch_state_idx" ON "Job"("batch", "state");

-- CreateIndex
CREATE INDEX "Job_targetType_targetId_state_idx" ON "Job"("targetType", "targetId", "state");

-- CreateIndex
CREATE INDEX "Job_recipient_idx" ON "Job"("recipient");

-- CreateIndex
CREATE INDEX "Job_createdAt_idx" ON "Job"("createdAt");
