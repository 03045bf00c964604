import QRCode from "qrcode";

/** The ticket code itself is what the QR code holds; trainers scan or type it at the door. */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

export function ticketQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(code, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 280 });
}
