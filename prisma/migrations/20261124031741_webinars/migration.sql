-- CreateTable
CREATE TABLE "Webinar" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "speakers" TEXT NOT NULL,
    "recordedOn" DATETIME NOT NULL,
    "durationSeconds" REAL NOT NULL,
    "category" TEXT NOT NULL,
    "requiredShare" REAL NOT NULL,
    "passMark" INTEGER NOT NULL,
    "media" TEXT NOT NULL,
    "checkpoints" TEXT NOT NULL,
    "finalQuiz" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebinarProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "intervals" TEXT NOT NULL DEFAULT '[]',
    "watchedSeconds" REAL NOT NULL DEFAULT 0,
    "position" REAL NOT NULL DEFAULT 0,
    "answeredCheckpoints" TEXT NOT NULL DEFAULT '[]',
    "lastReportAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "WebinarProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WebinarProgress_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "Webinar" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "moduleId" TEXT,
    "webinarId" TEXT,
    "number" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "QuizAttempt_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "QuizAttempt_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "Webinar" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_QuizAttempt" ("id", "moduleId", "number", "passed", "score", "submittedAt", "userId") SELECT "id", "moduleId", "number", "passed", "score", "submittedAt", "userId" FROM "QuizAttempt";
DROP TABLE "QuizAttempt";
ALTER TABLE "new_QuizAttempt" RENAME TO "QuizAttempt";
CREATE INDEX "QuizAttempt_moduleId_submittedAt_idx" ON "QuizAttempt"("moduleId", "submittedAt");
CREATE INDEX "QuizAttempt_webinarId_submittedAt_idx" ON "QuizAttempt"("webinarId", "submittedAt");
CREATE UNIQUE INDEX "QuizAttempt_userId_moduleId_number_key" ON "QuizAttempt"("userId", "moduleId", "number");
CREATE UNIQUE INDEX "QuizAttempt_userId_webinarId_number_key" ON "QuizAttempt"("userId", "webinarId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Webinar_slug_key" ON "Webinar"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "WebinarProgress_userId_webinarId_key" ON "WebinarProgress"("userId", "webinarId");
