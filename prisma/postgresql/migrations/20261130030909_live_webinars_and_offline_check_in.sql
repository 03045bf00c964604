-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "attendanceAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "LiveWebinar" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "speakers" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "registrationRequired" BOOLEAN NOT NULL DEFAULT true,
    "capacity" INTEGER,
    "registeredCount" INTEGER NOT NULL DEFAULT 0,
    "streamKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "liveStartedAt" TIMESTAMP(3),
    "liveEndedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveWebinar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveWebinarTrainer" (
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "LiveWebinarTrainer_pkey" PRIMARY KEY ("webinarId","userId")
);

-- CreateTable
CREATE TABLE "LiveRegistration" (
    "id" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'registered',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "LiveRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" SERIAL NOT NULL,
    "webinarId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'all',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveQuestion" (
    "id" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'open',
    "answer" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "LiveQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveQuestionVote" (
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "LiveQuestionVote_pkey" PRIMARY KEY ("questionId","userId")
);

-- CreateTable
CREATE TABLE "LivePoll" (
    "id" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "choices" TEXT NOT NULL,
    "graded" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resultsShown" BOOLEAN NOT NULL DEFAULT false,
    "secondsIntoLive" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivePoll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivePollAnswer" (
    "pollId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "choices" TEXT NOT NULL,
    "correct" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivePollAnswer_pkey" PRIMARY KEY ("pollId","userId")
);

-- CreateTable
CREATE TABLE "LiveAttendance" (
    "id" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "secondsWatched" INTEGER NOT NULL DEFAULT 0,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "playingSince" TIMESTAMP(3),

    CONSTRAINT "LiveAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveMute" (
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveMute_pkey" PRIMARY KEY ("webinarId","userId")
);

-- CreateTable
CREATE TABLE "CheckInChange" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "registrationId" TEXT,
    "deviceTime" TIMESTAMP(3) NOT NULL,
    "recordedTime" TIMESTAMP(3) NOT NULL,
    "outcome" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInChange_pkey" PRIMARY KEY ("id")
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

-- CreateIndex
CREATE INDEX "LiveEvent_webinarId_id_idx" ON "LiveEvent"("webinarId", "id");

-- CreateIndex
CREATE INDEX "LiveQuestion_webinarId_status_idx" ON "LiveQuestion"("webinarId", "status");

-- CreateIndex
CREATE INDEX "LivePoll_webinarId_idx" ON "LivePoll"("webinarId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveAttendance_webinarId_viewerKey_key" ON "LiveAttendance"("webinarId", "viewerKey");

-- CreateIndex
CREATE INDEX "CheckInChange_sessionId_receivedAt_idx" ON "CheckInChange"("sessionId", "receivedAt");

-- AddForeignKey
ALTER TABLE "LiveWebinarTrainer" ADD CONSTRAINT "LiveWebinarTrainer_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "LiveWebinar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveWebinarTrainer" ADD CONSTRAINT "LiveWebinarTrainer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveRegistration" ADD CONSTRAINT "LiveRegistration_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "LiveWebinar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveRegistration" ADD CONSTRAINT "LiveRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
