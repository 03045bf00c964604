// Certificate PDF generation time: the median of 100 renders in this process
// (the same measurement as `npm run bench:pdf`).
export type PdfFigures = { available: true; runs: number; medianMs: number; bytes: number } | { available: false; reason: string };

/** Like the registration burst, imports the app's modules only when called, after the environment points at scratch data. */
export async function timeCertificatePdf(runs = 100): Promise<PdfFigures> {
  try {
    const { measureCertificatePdf } = await import("../bench-certificate-pdf");
    const { medianMs, bytes } = await measureCertificatePdf(runs);
    return { available: true, runs, medianMs: Math.round(medianMs * 10) / 10, bytes };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
