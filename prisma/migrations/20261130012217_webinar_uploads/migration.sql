-- AlterTable
ALTER TABLE "Job" ADD COLUMN "progress" REAL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Webinar" (
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
    "sources" TEXT NOT NULL DEFAULT '[]',
    "reviewedOn" DATETIME,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "origin" TEXT NOT NULL DEFAULT 'files',
    "published" BOOLEAN NOT NULL DEFAULT true,
    "stream" TEXT,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Webinar" ("active", "category", "checkpoints", "descriptionEn", "descriptionZh", "durationSeconds", "finalQuiz", "id", "media", "passMark", "position", "recordedOn", "requiredShare", "reviewedOn", "slug", "sources", "speakers", "titleEn", "titleZh", "updatedAt") SELECT "active", "category", "checkpoints", "descriptionEn", "descriptionZh", "durationSeconds", "finalQuiz", "id", "media", "passMark", "position", "recordedOn", "requiredShare", "reviewedOn", "slug", "sources", "speakers", "titleEn", "titleZh", "updatedAt" FROM "Webinar";
DROP TABLE "Webinar";
ALTER TABLE "new_Webinar" RENAME TO "Webinar";
CREATE UNIQUE INDEX "Webinar_slug_key" ON "Webinar"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
