// Starts the production build on a fresh database for the end-to-end tests:
// wipes the e2e data folder, applies migrations, seeds, then serves.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dataDir = path.resolve(process.env.DATA_DIR ?? "./data/e2e");
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const run = (command, args) => execFileSync(command, args, { stdio: "inherit", env: process.env });
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "scripts/courses-sync.ts"]);
run("npx", ["tsx", "prisma/seed.ts"]);
await import("../server/index.js");
