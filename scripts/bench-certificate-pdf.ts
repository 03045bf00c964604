// npm run bench:pdf: certificate PDF generation time, median of 100 runs
// after a warm-up (the font is parsed once per process, like in the server).
import { renderCertificatePdf } from "~/features/certificates/pdf.server";
import type { VerifiedCertificate } from "~/features/certificates/verification.server";

const RUNS = 100;
const HOLDERS = ["王小明", "Emily Carter", "欧阳娜娜", "Nguyễn Thị Hoa", "陈建国", "李 Lee"];

function sample(index: number): VerifiedCertificate {
  return {
    number: `7KQM-3H9X-${String(index).padStart(4, "0")}`,
    holderName: HOLDERS[index % HOLDERS.length] ?? "王小明",
    achievementType: "course",
    achievementId: "course-id",
    titleZh: "美国玩具安全要求：ASTM F963、小零件与含铅限量",
    titleEn: "U.S. Toy Safety Requirements: ASTM F963, Small Parts and Lead Limits",
    issuers: [{ zh: "产品安全培训平台", en: "Product Safety Training" }],
    completedOn: new Date(Date.UTC(2026, 10, 1 + (index % 28))),
    issuedAt: new Date(Date.UTC(2026, 10, 1 + (index % 28), 1)),
  };
}

export async function measureCertificatePdf(runs = RUNS): Promise<{ medianMs: number; p95Ms: number; bytes: number }> {
  const render = (index: number) => renderCertificatePdf({ certificate: sample(index), verifyUrl: `http://localhost:3000/verify/${sample(index).number}`, keyId: "bench" });
  await render(0); // warm-up: reads and parses the font
  const times: number[] = [];
  let bytes = 0;
  for (let index = 1; index <= runs; index += 1) {
    const start = performance.now();
    bytes = (await render(index)).byteLength;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? Number.NaN;
  return { medianMs: at(0.5), p95Ms: at(0.95), bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { medianMs, p95Ms, bytes } = await measureCertificatePdf();
  console.log(`certificate PDF: median ${medianMs.toFixed(1)} ms, p95 ${p95Ms.toFixed(1)} ms over ${RUNS} runs (${(bytes / 1024).toFixed(1)} KB each)`);
}
