// Certificate PDF generation time: the median of 100 renders, when this build
// has certificates (app/features/certificates/pdf.server.ts); otherwise the
// figure is reported as not available.
import fs from "node:fs";
import path from "node:path";

export type PdfFigures = { available: true; runs: number; medianMs: number; bytes: number } | { available: false; reason: string };

const MODULE_FILE = path.resolve("app/features/certificates/pdf.server.ts");
// Not a literal, so type checking does not require the module to exist.
const MODULE_SPECIFIER = "~/features/certificates/pdf.server";

type RenderCertificatePdf = (certificate: unknown) => Promise<Uint8Array> | Uint8Array;

/** A certificate as the PDF shows it; adapt to renderCertificatePdf's parameter when wiring it in. */
function sampleCertificate() {
  return {
    number: "7G4K-2M9Q-XW3D",
    holderName: "王丽华 Wang Lihua",
    titleZh: "美国玩具安全要求",
    titleEn: "U.S. toy safety requirements",
    issuers: [
      { zh: "美国消费品安全委员会", en: "U.S. Consumer Product Safety Commission" },
      { zh: "澳大利亚竞争与消费者委员会", en: "Australian Competition and Consumer Commission" },
    ],
    completedOn: new Date("2026-11-20T08:00:00Z"),
    issuedAt: new Date("2026-11-20T08:00:00Z"),
    verifyUrl: "http://localhost:3000/verify/7G4K-2M9Q-XW3D",
  };
}

export async function timeCertificatePdf(runs = 100): Promise<PdfFigures> {
  if (!fs.existsSync(MODULE_FILE)) return { available: false, reason: "not available in this build" };
  const { renderCertificatePdf } = (await import(MODULE_SPECIFIER)) as { renderCertificatePdf?: RenderCertificatePdf };
  if (typeof renderCertificatePdf !== "function") return { available: false, reason: "pdf.server.ts exports no renderCertificatePdf" };
  const certificate = sampleCertificate();
  const durations: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const pdf = await renderCertificatePdf(certificate);
    durations.push(performance.now() - started);
    bytes = pdf.length;
  }
  durations.sort((a, b) => a - b);
  const median = (durations[Math.floor((runs - 1) / 2)]! + durations[Math.ceil((runs - 1) / 2)]!) / 2;
  return { available: true, runs, medianMs: Math.round(median * 10) / 10, bytes };
}
