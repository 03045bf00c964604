-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "zh" TEXT NOT NULL,
    "rejected" TEXT NOT NULL,
    "noteZh" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CourseModule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "quiz" TEXT,
    "estimatedMinutes" INTEGER NOT NULL,
    "sources" TEXT NOT NULL DEFAULT '[]',
    "reviewedOn" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CourseModule_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_CourseModule" ("active", "bodyEn", "bodyZh", "courseId", "estimatedMinutes", "id", "position", "quiz", "slug", "titleEn", "titleZh", "updatedAt") SELECT "active", "bodyEn", "bodyZh", "courseId", "estimatedMinutes", "id", "position", "quiz", "slug", "titleEn", "titleZh", "updatedAt" FROM "CourseModule";
DROP TABLE "CourseModule";
ALTER TABLE "new_CourseModule" RENAME TO "CourseModule";
CREATE UNIQUE INDEX "CourseModule_courseId_slug_key" ON "CourseModule"("courseId", "slug");
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
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Webinar" ("active", "category", "checkpoints", "descriptionEn", "descriptionZh", "durationSeconds", "finalQuiz", "id", "media", "passMark", "position", "recordedOn", "requiredShare", "slug", "speakers", "titleEn", "titleZh", "updatedAt") SELECT "active", "category", "checkpoints", "descriptionEn", "descriptionZh", "durationSeconds", "finalQuiz", "id", "media", "passMark", "position", "recordedOn", "requiredShare", "slug", "speakers", "titleEn", "titleZh", "updatedAt" FROM "Webinar";
DROP TABLE "Webinar";
ALTER TABLE "new_Webinar" RENAME TO "Webinar";
CREATE UNIQUE INDEX "Webinar_slug_key" ON "Webinar"("slug");
CREATE TABLE "new_Resource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "relatedCourses" TEXT NOT NULL,
    "relatedWebinars" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "sources" TEXT NOT NULL DEFAULT '[]',
    "reviewedOn" DATETIME,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Resource" ("active", "bodyEn", "bodyZh", "category", "id", "kind", "position", "relatedCourses", "relatedWebinars", "searchText", "slug", "summaryEn", "summaryZh", "titleEn", "titleZh", "updatedAt") SELECT "active", "bodyEn", "bodyZh", "category", "id", "kind", "position", "relatedCourses", "relatedWebinars", "searchText", "slug", "summaryEn", "summaryZh", "titleEn", "titleZh", "updatedAt" FROM "Resource";
DROP TABLE "Resource";
ALTER TABLE "new_Resource" RENAME TO "Resource";
CREATE UNIQUE INDEX "Resource_slug_key" ON "Resource"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_slug_key" ON "GlossaryTerm"("slug");
