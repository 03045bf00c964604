// Demo recalls: the invented sample file (every record flagged as sample data
// and shown as such), with Chinese text for most records and the September
// bulletin published, so the bulletin pages and the translation workflow
// have something to show. Idempotent.
import fs from "node:fs";
import { importRecalls, parseRecallFile } from "~/features/recalls/import-recalls.server";
import { db } from "~/platform/db/db.server";

const SAMPLE_FILE = "recalls/sample-recalls.json";

/** Chinese text for the sample records; SAMPLE-2610-02 is left for a trainer to translate. */
const CHINESE: Record<string, { name: string; hazard: string; remedy: string }> = {
  "SAMPLE-2609-01": {
    name: "木制叠叠乐玩具（示例）",
    hazard: "顶部旋钮可能脱落并形成小零件，对幼儿构成窒息危险。",
    remedy: "退款",
  },
  "SAMPLE-2609-02": {
    name: "儿童连帽卫衣（示例）",
    hazard: "卫衣帽部穿有抽绳，可能缠绕儿童，造成勒颈危险。",
    remedy: "退款；拆除抽绳。",
  },
  "SAMPLE-2609-03": {
    name: "10000 毫安时 USB 移动电源（示例）",
    hazard: "移动电源充电时可能过热，存在火灾和烧伤危险。",
    remedy: "更换",
  },
  "SAMPLE-2609-04": {
    name: "磁力积木片（示例）",
    hazard: "积木片可能破裂，露出体积小、磁力强的磁体。磁体被吞食后会在体内相互吸引，这种误吞危险可能造成严重伤害。",
    remedy: "退款",
  },
  "SAMPLE-2610-01": {
    name: "儿童手链（示例）",
    hazard: "手链吊坠的铅含量超过联邦铅含量限值。幼儿误食铅会中毒。",
    remedy: "退款",
  },
};

export async function seedRecalls(): Promise<{ created: number }> {
  const report = await importRecalls(parseRecallFile(fs.readFileSync(SAMPLE_FILE, "utf8")), null, SAMPLE_FILE);
  for (const [recallNumber, text] of Object.entries(CHINESE)) {
    await db.recall.updateMany({
      where: { recallNumber, zhStatus: "missing" },
      data: { nameZh: text.name, hazardZh: text.hazard, remedyZh: text.remedy, zhStatus: "published" },
    });
  }
  await db.bulletin.upsert({ where: { month: "2026-09" }, create: { month: "2026-09", publishedAt: new Date("2026-10-05T02:00:00Z") }, update: {} });
  return { created: report.created.length };
}
