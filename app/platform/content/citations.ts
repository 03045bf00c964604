/**
 * Regulation citations in course text, in English and Chinese:
 *
 * - CFR parts: "16 CFR 1307.3", "16 CFR 1615 and 1616", "16 CFR 第 1250 部分",
 *   "(16 CFR 1500.91, 1308)" — each reduced to its part, "16 CFR 1307";
 * - statute sections: "CPSA section 15(b)", "section 106 of the CPSIA",
 *   "Section 15(c) and (d)", "CPSA 第 15(b) 条", "《消费品安全法》（CPSA）第 3(a)(2) 条",
 *   "在 CPSA 中增加了第 14(a)(5) 条" — keyed "CPSA 15(b)";
 * - Federal Register pages: "90 FR 1800".
 *
 * A section with no act named ("the section 15(b) report", "第 15(b) 条") is
 * not a citation the check can attribute, so it is not reported.
 */
export type CitationKind = "cfr" | "statute" | "fr";
export type Citation = { kind: CitationKind; key: string; text: string };

const ACTS: [RegExp, string][] = [
  [/^(?:CPSIA|Consumer Product Safety Improvement Act(?: of 2008)?|消费品安全改进法)$/, "CPSIA"],
  [/^(?:CPSA|Consumer Product Safety Act|消费品安全法)$/, "CPSA"],
  [/^(?:FHSA|Federal Hazardous Substances Act|联邦危险物品法)$/, "FHSA"],
  [/^(?:FFA|Flammable Fabrics Act|易燃织物法)$/, "FFA"],
];
const ACT_NAME =
  "CPSIA|CPSA|FHSA|FFA|Consumer Product Safety Improvement Act(?: of 2008)?|Consumer Product Safety Act|Federal Hazardous Substances Act|Flammable Fabrics Act|消费品安全改进法|消费品安全法|联邦危险物品法|易燃织物法";
const SECTION = String.raw`\d+[A-Za-z]?(?:\([A-Za-z0-9]+\))*`;
const SUBSECTION = String.raw`\([A-Za-z0-9]+\)(?:\([A-Za-z0-9]+\))*`;
const JOIN = String.raw`\s*(?:,|，|、|and|or|和|或|及|与)\s*`;
/** In English a list of sections has no closing word, so a number that is a quantity ("and 24 hours") ends it. */
const NOT_A_QUANTITY = String.raw`(?![\w.(])(?!\s*(?:C\.?F\.?R|FR\b|U\.?S\.?C|ppm|%|percent|days?|hours?|years?|months?|weeks?|working|inch|mm|cm|units?))`;
const SECTIONS_EN = String.raw`${SECTION}(?:${JOIN}(?:sections?\s+)?(?:${SECTION}${NOT_A_QUANTITY}|${SUBSECTION}))*`;
/** In Chinese the list ends with 条. */
const SECTIONS_ZH = String.raw`${SECTION}(?:${JOIN}(?:${SECTION}|${SUBSECTION}))*`;
const ABBREVIATION = String.raw`(?:\s*[（(]\s*(?:CPSIA|CPSA|FHSA|FFA)\s*[)）])?`;

const STATUTE_PATTERNS = [
  // CPSA section 15(b) · CPSA Sections 19 and 20 · CPSA § 15(b)
  new RegExp(String.raw`\b(${ACT_NAME})${ABBREVIATION}\s+(?:[Ss]ections?|§§?)\s*(${SECTIONS_EN})`, "g"),
  // section 106 of the CPSIA · section 14(a)(5) to the Consumer Product Safety Act (CPSA)
  new RegExp(String.raw`\b[Ss]ections?\s+(${SECTIONS_EN})\s+(?:of|to|in|under)\s+the\s+(${ACT_NAME})`, "g"),
  // CPSA 第 15(b) 条 · 《消费品安全法》（CPSA）第 3(a)(2) 条 · CPSA 中增加了第 14(a)(5) 条
  new RegExp(String.raw`(${ACT_NAME})》?${ABBREVIATION}\s*(?:中增加了|中的|的)?\s*第\s*(${SECTIONS_ZH})\s*条`, "g"),
];
const SECTION_FIRST = 1;

const CFR_PART = String.raw`(?:§+\s*|[Pp]arts?\s+|第\s*)?1\d{3}(?:\.\d+(?:\([A-Za-z0-9]+\))*)?`;
const CFR_PATTERN = new RegExp(
  String.raw`\b16\s*C\.?F\.?R\.?\s*${CFR_PART}(?:\s*(?:,|，|、|and|or|to|through|至|到|和|或|及|与|–|-)\s*${CFR_PART})*(?:\s*部分)?`,
  "g",
);
const FR_PATTERN = /\b(\d{2,3})\s*FR\s*(\d{1,6})\b/g;

function actKey(name: string): string {
  return ACTS.find(([pattern]) => pattern.test(name))![1];
}

/** "15(c) and (d)" → ["15(c)", "15(d)"]: a bare subsection continues the section before it. */
function sectionList(text: string): string[] {
  const sections: string[] = [];
  for (const [piece] of text.matchAll(new RegExp(`${SECTION}|${SUBSECTION}`, "g"))) {
    if (piece.startsWith("(")) {
      const base = sections.at(-1)?.match(/^\d+[A-Za-z]?/)?.[0];
      if (base) sections.push(`${base}${piece}`);
    } else sections.push(piece);
  }
  return sections;
}

function cfrCitations(line: string): Citation[] {
  const found: Citation[] = [];
  for (const match of line.matchAll(CFR_PATTERN)) {
    const parts = [...match[0].replace(/^16\s*C\.?F\.?R\.?/, "").matchAll(/(?<![\d.])1\d{3}(?!\d)/g)].map(([part]) => part);
    for (const part of new Set(parts)) found.push({ kind: "cfr", key: `16 CFR ${part}`, text: match[0].trim() });
  }
  return found;
}

function statuteCitations(line: string): Citation[] {
  const found: Citation[] = [];
  STATUTE_PATTERNS.forEach((pattern, index) => {
    for (const match of line.matchAll(pattern)) {
      const [act, sections] = index === SECTION_FIRST ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
      for (const section of sectionList(sections)) found.push({ kind: "statute", key: `${actKey(act)} ${section}`, text: match[0].trim() });
    }
  });
  return found;
}

function federalRegisterCitations(line: string): Citation[] {
  return [...line.matchAll(FR_PATTERN)].map((match) => ({ kind: "fr" as const, key: `${match[1]} FR ${match[2]}`, text: match[0] }));
}

/** Every regulation cited in a line of text. */
export function citationsIn(line: string): Citation[] {
  return [...cfrCitations(line), ...statuteCitations(line), ...federalRegisterCitations(line)];
}

/** "CPSA 14(a)(5)" → ["CPSA", "14", "a", "5"]. */
function segments(key: string): string[] {
  return key.split(/[\s()]+/).filter(Boolean);
}

/**
 * True when one of the sources' citation keys covers the cited one: the same
 * CFR part or Federal Register page, or the same section of an act or a
 * section that contains it ("CPSA 14" covers "CPSA 14(a)(5)").
 */
export function isCovered(cited: string, sourceKeys: readonly string[]): boolean {
  const wanted = segments(cited);
  return sourceKeys.some((key) => {
    const source = segments(key);
    return source.length <= wanted.length && source.every((segment, index) => segment === wanted[index]);
  });
}
