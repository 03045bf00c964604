import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";

function tempFile(name: string, bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pdf-")), name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The text of a PDF, as poppler's pdftotext extracts it. */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", [tempFile("file.pdf", pdf), "-"], { encoding: "utf8" });
}

/** Renders the PDF's first page and decodes the QR code on it. */
export function qrCodeInPdf(pdf: Buffer): string | null {
  const file = tempFile("file.pdf", pdf);
  const prefix = file.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-png", "-r", "150", "-singlefile", file, prefix]);
  const png = PNG.sync.read(fs.readFileSync(`${prefix}.png`));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
