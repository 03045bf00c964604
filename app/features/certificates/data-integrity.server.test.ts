import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { base58 } from "@scure/base";
import { createProof } from "./data-integrity.server";

/**
 * The eddsa-jcs-2022 test vector of W3C vc-di-eddsa (TestVectors/keyPair.json,
 * TestVectors/eddsa-jcs-2022/signedJCS.json in the specification's
 * repository): the same key, document and options must give the same proof.
 */
const KEY_PAIR = {
  publicKeyMultibase: "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
  privateKeyMultibase: "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq",
};

const UNSECURED = {
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
  id: "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
  type: ["VerifiableCredential", "AlumniCredential"],
  name: "Alumni Credential",
  description: "A minimum viable example of an Alumni Credential.",
  issuer: "https://vc.example/issuers/5678",
  validFrom: "2023-01-01T00:00:00Z",
  credentialSubject: { id: "did:example:abcdefgh", alumniOf: "The School of Examples" },
};

const SIGNED_PROOF = {
  type: "DataIntegrityProof",
  cryptosuite: "eddsa-jcs-2022",
  created: "2023-02-24T23:36:38Z",
  verificationMethod: "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
  proofPurpose: "assertionMethod",
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
  proofValue: "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4",
};

/** A multibase Ed25519 secret key (multicodec 0x8026 + 32-byte seed) as a Node key. */
function privateKeyFromMultibase(multibase: string) {
  const bytes = base58.decode(multibase.slice(1));
  expect([bytes[0], bytes[1]]).toEqual([0x80, 0x26]);
  const pkcs8Prefix = Buffer.from("302e020100300506032b657004220420", "hex");
  return crypto.createPrivateKey({ key: Buffer.concat([pkcs8Prefix, bytes.slice(2)]), format: "der", type: "pkcs8" });
}

describe("eddsa-jcs-2022", () => {
  it("reproduces the W3C specification's test vector, keeping the document's @context in the proof", () => {
    const privateKey = privateKeyFromMultibase(KEY_PAIR.privateKeyMultibase);
    const proof = createProof(UNSECURED, { type: "DataIntegrityProof", cryptosuite: "eddsa-jcs-2022", created: SIGNED_PROOF.created, verificationMethod: SIGNED_PROOF.verificationMethod, proofPurpose: "assertionMethod" }, privateKey);
    expect(proof).toEqual(SIGNED_PROOF);
  });

  it("uses the key the test vector publishes", () => {
    const publicKey = crypto.createPublicKey(privateKeyFromMultibase(KEY_PAIR.privateKeyMultibase));
    const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
    const published = base58.decode(KEY_PAIR.publicKeyMultibase.slice(1));
    expect(Buffer.from(published.slice(2))).toEqual(raw);
  });
});
