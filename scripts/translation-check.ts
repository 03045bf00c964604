// The rules behind `npm run i18n:check`: both languages have the same keys,
// no value is empty, placeholders match, and every key used in code exists.
import fs from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(full, value);
    else for (const [k, v] of flatten(value, full)) keys.set(k, v);
  }
  return keys;
}

function placeholders(value: string): string {
  return [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort().join(",");
}

export function compareLanguages(languages: Record<string, Tree>): string[] {
  const problems: string[] = [];
  const flat = Object.fromEntries(Object.entries(languages).map(([lng, tree]) => [lng, flatten(tree)]));
  const allKeys = new Set(Object.values(flat).flatMap((keys) => [...keys.keys()]));
  for (const key of [...allKeys].sort()) {
    const present = Object.entries(flat).filter(([, keys]) => keys.has(key));
    for (const [lng, keys] of Object.entries(flat)) {
      if (!keys.has(key)) problems.push(`${lng}: missing key "${key}" (present in ${present.map(([l]) => l).join(", ")})`);
      else if (!keys.get(key)!.trim()) problems.push(`${lng}: empty value for "${key}"`);
    }
    const shapes = new Set(present.map(([, keys]) => placeholders(keys.get(key)!)));
    if (shapes.size > 1) problems.push(`placeholders differ between languages for "${key}"`);
  }
  return problems;
}

/** Keys used in source: t("a.b"), t(`a.${x}`), i18nKey="a.b" and validation messages "validation.x". */
export function findUsedKeys(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(/\bt\(\s*(["'`])((?:(?!\1).)+)\1/g)) keys.push(match[2]!);
  for (const match of source.matchAll(/i18nKey=["']([^"']+)["']/g)) keys.push(match[1]!);
  for (const match of source.matchAll(/["'](validation\.[\w.]+)["']/g)) keys.push(match[1]!);
  return keys;
}

/** A key with `${…}` parts becomes a pattern that must match at least one real key. */
export function keyExists(used: string, known: Set<string>): boolean {
  if (!used.includes("${")) return known.has(used);
  const pattern = new RegExp(`^${used.split(/\$\{[^}]*\}/).map(escapeRegExp).join("[\\w-]+")}$`);
  return [...known].some((key) => pattern.test(key));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "generated" || entry.name === "locales") continue;
      files.push(...sourceFiles(full));
    } else if (/\.(ts|tsx)$/.test(entry.name)) files.push(full);
  }
  return files;
}

export function checkUsedKeys(files: string[], known: Set<string>): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const key of findUsedKeys(fs.readFileSync(file, "utf8"))) {
      if (!keyExists(key, known)) problems.push(`${path.relative(process.cwd(), file)}: uses missing key "${key}"`);
    }
  }
  return problems;
}
