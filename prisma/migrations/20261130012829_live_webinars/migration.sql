-- CreateTable
CREATE TABLE "LiveWebinar" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "speakers" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "registrationRequired" BOOLEAN NOT NULL DEFAULT true,
    "capacity" INTEGER,
    "registeredCount" INTEGER NOT NULL DEFAULT 0,
    "streamKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "liveStartedAt" DATETIME,
    "liveEndedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LiveWebinarTrainer" (
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("webinarId", "userId"),
    CONSTRAINT "LiveWebinarTrainer_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "LiveWebinar" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LiveWebinarTrainer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LiveRegistration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'registered',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    CONSTRAINT "LiveRegistration_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "LiveWebinar" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LiveRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveWebinar_code_key" ON "LiveWebinar"("code");

-- CreateIndex
CREATE UNIQUE INDEX "LiveWebinar_streamKey_key" ON "LiveWebinar"("streamKey");

-- CreateIndex
CREATE INDEX "LiveWebinar_startsAt_idx" ON "LiveWebinar"("startsAt");

-- CreateIndex
CREATE INDEX "LiveRegistration_webinarId_status_idx" ON "LiveRegistration"("webinarId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "LiveRegistration_webinarId_userId_key" ON "LiveRegistration"("webinarId", "userId");
