import crypto from "node:crypto";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { certificateFont } from "./pdf-font.server";
import { setDocumentMetadata } from "./pdf-metadata.server";
import { TaggedPage } from "./pdf-structure.server";
import { drawCentered, wrapText, type TextStyle } from "./pdf-text.server";
import { qrCodePath } from "./qr-path.server";
import type { VerifiedCertificate } from "./verification.server";

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const NAVY = rgb(0.12, 0.23, 0.37);
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.36, 0.38, 0.42);
const GOLD = rgb(0.72, 0.58, 0.3);
const QR_SIZE = 104;
const MARGIN = 60;

export type PdfInput = { certificate: VerifiedCertificate; verifyUrl: string; keyId: string };

/**
 * The certificate as a one-page landscape PDF with Chinese and English side
 * by side, the font subset and embedded, and a QR code to the verification
 * page. Drawn with pdf-lib, no browser involved; tagged for screen readers
 * (pdf-structure.server.ts) and described by XMP metadata.
 */
export async function renderCertificatePdf({ certificate, verifyUrl, keyId }: PdfInput): Promise<Uint8Array> {
  const [zh, en] = await Promise.all([getServerT("zh"), getServerT("en")]);
  const both = (key: string, options?: Record<string, unknown>) => `${zh(key, options)}  ${en(key, options)}`;
  const typeface = certificateFont();
  const document = await PDFDocument.create({ updateMetadata: false });
  document.registerFontkit(typeface.fontkit);
  const titleKey = certificate.achievementType === "live" ? "certificates.pdf.attendanceTitle" : "certificates.pdf.title";
  const font = await document.embedFont(typeface.bytes, { subset: true, customName: subsetName(typeface.postscriptName, certificate) });
  setDocumentMetadata(document, {
    title: { zh: `${zh(titleKey)} ${certificate.number}`, en: `${en(titleKey)} ${certificate.number}` },
    author: certificate.issuers.map((issuer) => `${issuer.zh} ${issuer.en}`).join("; "),
    subject: `${certificate.titleZh} / ${certificate.titleEn}`,
    keywords: [certificate.number, certificate.titleZh, certificate.titleEn],
    languages: ["zh-CN", "en"],
    created: certificate.issuedAt,
    producer: `${zh("common.siteName")} ${en("common.siteName")} (pdf-lib)`,
  });
  const page = document.addPage([PAGE.width, PAGE.height]);
  const tags = new TaggedPage(document, page);
  const centerX = PAGE.width / 2;
  const style = (size: number, color = INK): TextStyle => ({ font, size, color });
  const zhText = { lang: "zh-CN" };
  const enText = { lang: "en" };

  tags.artifact(() => drawFrame(page));
  tags.tagged("P", {}, () => drawCentered(page, `${certificate.issuers[0]?.zh ?? ""} · ${certificate.issuers[0]?.en ?? ""}`, centerX, 532, 600, style(10, MUTED)));
  tags.tagged("H1", zhText, () => drawCentered(page, zh(titleKey), centerX, 484, 600, style(34, NAVY)));
  tags.tagged("P", enText, () => drawCentered(page, en(titleKey), centerX, 452, 600, style(18, NAVY)));
  tags.tagged("P", {}, () => drawCentered(page, both("certificates.pdf.certifies"), centerX, 414, 600, style(11, MUTED)));
  tags.tagged("H2", {}, () => drawCentered(page, certificate.holderName, centerX, 374, 560, style(28)));
  tags.artifact(() => page.drawLine({ start: { x: centerX - 170, y: 364 }, end: { x: centerX + 170, y: 364 }, thickness: 0.6, color: GOLD }));
  const kind = certificate.achievementType;
  tags.tagged("P", {}, () => drawCentered(page, both(`certificates.pdf.completed.${kind}`), centerX, 340, 600, style(11, MUTED)));
  const afterZh = tags.tagged("H2", zhText, () => drawCentered(page, certificate.titleZh, centerX, 310, 600, style(17, NAVY)));
  tags.tagged("P", enText, () => drawCentered(page, certificate.titleEn, centerX, afterZh - 2, 600, style(13, NAVY)));

  let y = 178;
  const labels = ["certificates.pdf.date", "certificates.pdf.issuedBy", "certificates.pdf.number", "certificates.pdf.minutes"].map((key) => both(key));
  const labelWidth = Math.max(...labels.map((label) => font.widthOfTextAtSize(label, 9.5))) + 12;
  const line = (label: string, value: string, size = 9.5) =>
    tags.tagged("P", {}, () => {
      if (label) page.drawText(label, { x: MARGIN, y, size: 9.5, font, color: MUTED });
      for (const text of wrapText(value, font, size, 560 - labelWidth)) {
        page.drawText(text, { x: MARGIN + labelWidth, y, size, font, color: INK });
        y -= size * 1.45;
      }
    });
  line(labels[0] ?? "", `${formatDate(certificate.completedOn, "zh")} · ${formatDate(certificate.completedOn, "en")}`);
  const minutes = certificate.minutesAttended;
  if (minutes != null) line(labels[3] ?? "", both("certificates.pdf.minutesValue", { minutes }));
  certificate.issuers.forEach((issuer, index) => line(index === 0 ? (labels[1] ?? "") : "", `${issuer.zh}  ${issuer.en}`));
  line(labels[2] ?? "", certificate.number, 12);
  y -= 2;
  tags.tagged("P", {}, () => page.drawText(`${zh("certificates.pdf.signed", { keyId })}  ${en("certificates.pdf.signed", { keyId })}`, { x: MARGIN, y, size: 6.5, font, color: MUTED }));

  drawQrCode(tags, page, font, verifyUrl, both("certificates.pdf.scanToVerify"), both("certificates.pdf.qrAlt", { url: verifyUrl }));
  tags.finish();
  return document.save();
}

function drawFrame(page: PDFPage) {
  page.drawRectangle({ x: 18, y: 18, width: PAGE.width - 36, height: PAGE.height - 36, borderColor: NAVY, borderWidth: 2.2 });
  page.drawRectangle({ x: 26, y: 26, width: PAGE.width - 52, height: PAGE.height - 52, borderColor: GOLD, borderWidth: 0.8 });
}

function drawQrCode(tags: TaggedPage, page: PDFPage, font: PDFFont, url: string, caption: string, alt: string) {
  const { path, size } = qrCodePath(url);
  const left = PAGE.width - MARGIN - QR_SIZE;
  const top = 186;
  tags.tagged("Figure", { alt }, () => page.drawSvgPath(path, { x: left, y: top, scale: QR_SIZE / size, color: rgb(0, 0, 0) }));
  const captionWidth = font.widthOfTextAtSize(caption, 8);
  tags.tagged("P", {}, () => page.drawText(caption, { x: left + (QR_SIZE - captionWidth) / 2, y: top - QR_SIZE - 13, size: 8, font, color: MUTED }));
  let y = top - QR_SIZE - 24;
  tags.tagged("P", {}, () => {
    for (const text of wrapText(url.replace(/^https?:\/\//, ""), font, 6, QR_SIZE + 40)) {
      const width = font.widthOfTextAtSize(text, 6);
      page.drawText(text, { x: left + (QR_SIZE - width) / 2, y, size: 6, font, color: MUTED });
      y -= 8;
    }
  });
}

/** PDF subset fonts are named TAG+Name, where TAG is six capital letters unique to the subset. */
function subsetName(postscriptName: string, certificate: VerifiedCertificate): string {
  const digest = crypto.createHash("sha256").update(`${certificate.number}${certificate.holderName}`).digest();
  const tag = [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join("");
  return `${tag}+${postscriptName}`;
}
