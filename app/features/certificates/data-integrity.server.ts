import crypto, { type KeyObject } from "node:crypto";
import { base58 } from "@scure/base";
import { canonicalJson } from "./canonical-json";

/**
 * W3C Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite
 * (vc-di-eddsa §3.3): JSON Canonicalization (RFC 8785), SHA-256, Ed25519,
 * base58-btc multibase. Written step by step after the specification's
 * "Create Proof (eddsa-jcs-2022)" so that any other implementation rebuilds
 * the same bytes; the specification's own test vector runs through it in
 * data-integrity.server.test.ts.
 */

export type ProofOptions = {
  type: "DataIntegrityProof";
  cryptosuite: "eddsa-jcs-2022";
  created: string;
  verificationMethod: string;
  proofPurpose: string;
};

export type DataIntegrityProof = ProofOptions & { "@context"?: unknown; proofValue: string };

type UnsecuredDocument = Record<string, unknown> & { proof?: never };

/** §3.3.4 Hashing: SHA-256 of the canonical proof configuration, then of the canonical document. */
function hashData(document: UnsecuredDocument, proofConfig: Omit<DataIntegrityProof, "proofValue">): Buffer {
  const proofConfigHash = crypto.createHash("sha256").update(canonicalJson(proofConfig), "utf8").digest();
  const documentHash = crypto.createHash("sha256").update(canonicalJson(document), "utf8").digest();
  return Buffer.concat([proofConfigHash, documentHash]);
}

/**
 * §3.3.1 Create Proof: the proof is a copy of the options that takes the
 * document's `@context` (when it has one) and keeps it; its configuration is
 * hashed with that context, and the returned proof carries it, so a verifier
 * rebuilds the same configuration from the proof alone.
 */
export function createProof(document: UnsecuredDocument, options: ProofOptions, privateKey: KeyObject): DataIntegrityProof {
  const proof: Omit<DataIntegrityProof, "proofValue"> = { ...options };
  if (document["@context"] !== undefined) proof["@context"] = document["@context"];
  const signature = crypto.sign(null, hashData(document, proof), privateKey);
  return { ...proof, proofValue: `z${base58.encode(signature)}` };
}
