// Starts the production build on a fresh database for the end-to-end tests:
// wipes the e2e data folder (and, on PostgreSQL, the e2e database), applies
// migrations, syncs content, seeds, then serves.
import { prepareSeededData } from "./prepare-data.mjs";

Object.assign(process.env, await prepareSeededData(process.env.DATA_DIR ?? "./data/e2e", process.env.DATABASE_URL));
await import("../server/index.js");
