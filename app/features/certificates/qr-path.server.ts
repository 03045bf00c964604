import QRCode from "qrcode";

/**
 * A QR code as one SVG path of unit squares (runs of dark modules merged),
 * drawn as vectors so it stays sharp at any print size.
 */
export function qrCodePath(text: string): { path: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const commands: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      commands.push(`M${start} ${row}h${column - start}v1h${start - column}z`);
    }
  }
  return { path: commands.join(""), size: modules.size };
}
