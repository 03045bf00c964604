// Certificate PDF generation time: the median of 100 renders in this process
// (the same measurement as `npm run bench:pdf`).
import { measureCertificatePdf } from "../bench-certificate-pdf";

export type PdfFigures = { available: true; runs: number; medianMs: number; bytes: number } | { available: false; reason: string };

export async function timeCertificatePdf(runs = 100): Promise<PdfFigures> {
  try {
    const { medianMs, bytes } = await measureCertificatePdf(runs);
    return { available: true, runs, medianMs: Math.round(medianMs * 10) / 10, bytes };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
