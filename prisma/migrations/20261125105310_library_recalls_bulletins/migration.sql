-- CreateTable
CREATE TABLE "Resource" (
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
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Recall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recallNumber" TEXT NOT NULL,
    "recallDate" DATETIME NOT NULL,
    "month" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "units" TEXT NOT NULL DEFAULT '',
    "manufacturerCountries" TEXT NOT NULL,
    "madeInChina" BOOLEAN NOT NULL,
    "category" TEXT NOT NULL,
    "hazardKind" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "nameZh" TEXT NOT NULL DEFAULT '',
    "nameEn" TEXT NOT NULL DEFAULT '',
    "hazardZh" TEXT NOT NULL DEFAULT '',
    "hazardEn" TEXT NOT NULL DEFAULT '',
    "remedyZh" TEXT NOT NULL DEFAULT '',
    "remedyEn" TEXT NOT NULL DEFAULT '',
    "zhStatus" TEXT NOT NULL DEFAULT 'missing',
    "enStatus" TEXT NOT NULL DEFAULT 'missing',
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Bulletin" (
    "month" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" DATETIME NOT NULL,
    "publishedById" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT NOT NULL DEFAULT '',
    "jobRole" TEXT NOT NULL DEFAULT 'other',
    "phone" TEXT NOT NULL DEFAULT '',
    "preferredLanguage" TEXT NOT NULL DEFAULT 'zh',
    "role" TEXT NOT NULL DEFAULT 'learner',
    "bulletinSubscribed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("company", "createdAt", "email", "id", "jobRole", "name", "passwordHash", "phone", "preferredLanguage", "role", "updatedAt") SELECT "company", "createdAt", "email", "id", "jobRole", "name", "passwordHash", "phone", "preferredLanguage", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Resource_slug_key" ON "Resource"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Recall_recallNumber_key" ON "Recall"("recallNumber");

-- CreateIndex
CREATE INDEX "Recall_month_madeInChina_idx" ON "Recall"("month", "madeInChina");
