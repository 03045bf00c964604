import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLanguage, getServerT } from "~/platform/i18n/i18next.server";
import { appUrl } from "~/platform/runtime/env.server";
import { logger } from "~/platform/runtime/logger.server";
import { normalizeCertificateNumber } from "../certificate-number";
import { credentialFor } from "../open-badge.server";
import { MissingFontError } from "../pdf-font.server";
import { renderCertificatePdf } from "../pdf.server";
import { signingKey } from "../signing-key.server";
import { verifyCertificate } from "../verification.server";
import { limitLookups } from "../verify-rate-limit.server";
import { notFound } from "~/platform/http/responses";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * `/certificates/{number}.pdf` and `/certificates/{number}.json` (the Open
 * Badges 3.0 credential). Public, like the verification page: the number is
 * the secret the holder shares. Checked against the signature every time,
 * so a revocation shows at once.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const language = await resolveLanguage(request);
  const match = /^(.+)\.(pdf|json)$/i.exec(params.file ?? "");
  const number = match ? normalizeCertificateNumber(match[1] ?? "") : null;
  const format = match?.[2]?.toLowerCase();
  if (!number || !format) throw notFound();
  const limited = await limitLookups(context.clientIp, language);
  if (limited) return text(limited.message, 429, { "Retry-After": String(limited.retryAfterSeconds) });

  const verification = await verifyCertificate(number);
  const t = await getServerT(language);
  if (verification.status === "notFound") return text(t("certificates.verify.notFound"), 404);
  if (verification.status === "invalid") return text(t("certificates.verify.invalidLead"), 409);
  if (verification.status === "revoked") {
    if (format === "pdf") return text(t("certificates.errors.revokedPdf"), 410);
    return Response.json(
      { id: `${appUrl}/certificates/${number}.json`, status: "revoked", revokedAt: verification.revokedAt.toISOString(), revocationReason: verification.reason },
      { status: 410, headers: NO_STORE },
    );
  }
  if (format === "json") {
    return new Response(JSON.stringify(await credentialFor(verification.certificate), null, 2), {
      headers: { "Content-Type": "application/ld+json; charset=utf-8", ...NO_STORE },
    });
  }
  try {
    const pdf = await renderCertificatePdf({ certificate: verification.certificate, verifyUrl: `${appUrl}/verify/${number}`, keyId: signingKey().keyId });
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="certificate-${number}.pdf"`,
        ...NO_STORE,
      },
    });
  } catch (error) {
    if (!(error instanceof MissingFontError)) throw error;
    logger.error({ err: error }, "certificate PDF unavailable");
    return text(t("certificates.errors.missingFont"), 503);
  }
}

function text(body: string, status: number, headers: Record<string, string> = {}) {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE, ...headers } });
}
