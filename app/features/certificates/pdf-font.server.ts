import fs from "node:fs";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument } from "pdf-lib";
import { env } from "~/platform/runtime/env.server";

/**
 * The font certificates are set in: a TrueType font with Chinese and Latin
 * glyphs. TrueType (not CFF, like Noto Sans CJK) because its glyphs can be
 * subset in a few milliseconds. WenQuanYi Micro Hei is Debian's
 * `fonts-wqy-microhei`; CERTIFICATE_FONT points at another.
 */
const CANDIDATES = [
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
  "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
];
const PREFERRED_FACE = "WenQuanYiMicroHei";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

export type CertificateFont = { bytes: Uint8Array; fontkit: Fontkit; postscriptName: string };

export class MissingFontError extends Error {
  constructor() {
    super(`No font for certificate PDFs: install fonts-wqy-microhei or set CERTIFICATE_FONT to a .ttf/.ttc with Chinese glyphs (looked in ${CANDIDATES.join(", ")})`);
  }
}

type Face = ReturnType<typeof fontkit.create>;

/** The preferred face of a collection (.ttc), else its first; a single font (.ttf) as is. */
function firstFace(bytes: Uint8Array): Face | null {
  const parsed = fontkit.create(bytes) as Face | { fonts: Face[] };
  if (!("fonts" in parsed)) return parsed;
  return fontkit.create(bytes, PREFERRED_FACE) ?? parsed.fonts[0] ?? null;
}

let cached: CertificateFont | undefined;

/**
 * Reads and parses the font once per process. pdf-lib parses a font for
 * every document; handing it a fontkit that returns the parsed font keeps
 * the glyph tables and layout caches warm between certificates.
 */
export function certificateFont(): CertificateFont {
  if (cached) return cached;
  const file = env.CERTIFICATE_FONT ?? CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!file || !fs.existsSync(file)) throw new MissingFontError();
  const bytes = fs.readFileSync(file);
  const face = firstFace(bytes);
  if (!face) throw new MissingFontError();
  const sharedFontkit: Fontkit = { create: () => face };
  const font: CertificateFont = { bytes, fontkit: sharedFontkit, postscriptName: face.postscriptName ?? PREFERRED_FACE };
  cached = font;
  return font;
}
