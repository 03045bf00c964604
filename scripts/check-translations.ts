// npm run i18n:check — fails when a translation key exists in one language
// and not the other, or when code uses a key that does not exist.
import { resources } from "../app/locales";
import { checkUsedKeys, compareLanguages, flatten, sourceFiles } from "./translation-check";

const languages = Object.fromEntries(Object.entries(resources).map(([lng, value]) => [lng, value.translation]));
const known = new Set(flatten(resources.en.translation).keys());
const problems = [...compareLanguages(languages), ...checkUsedKeys(sourceFiles("app"), known)];

if (problems.length) {
  console.error(`Translation check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`Translation check passed: ${known.size} keys in ${Object.keys(languages).join(" and ")}.`);
