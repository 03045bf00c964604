// Starts the production build on a fresh database for the end-to-end tests:
// wipes the e2e data folder, applies migrations, syncs content, seeds, then serves.
import { prepareSeededData } from "./prepare-data.mjs";

Object.assign(process.env, prepareSeededData(process.env.DATA_DIR ?? "./data/e2e"));
await import("../server/index.js");
