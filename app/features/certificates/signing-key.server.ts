import crypto, { type KeyObject } from "node:crypto";
import { env } from "~/platform/runtime/env.server";
import { readOrCreateSecret } from "~/platform/runtime/secret-file.server";
import { base58 } from "@scure/base";

export type SigningKey = {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Short fingerprint stored with each certificate: which key signed it. */
  keyId: string;
  /** The public key as a Multikey (`z` + base58btc of 0xed01 + the 32 raw bytes). */
  publicKeyMultibase: string;
};

/** Multicodec prefix of an Ed25519 public key. */
const ED25519_PUBLIC_PREFIX = Uint8Array.from([0xed, 0x01]);

function generatePem(): string {
  const { privateKey } = crypto.generateKeyPairSync("ed25519");
  return privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export function signingKeyFromPem(pem: string): SigningKey {
  const privateKey = crypto.createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error("The certificate signing key must be an Ed25519 key");
  const publicKey = crypto.createPublicKey(privateKey);
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url");
  return {
    privateKey,
    publicKey,
    keyId: crypto.createHash("sha256").update(raw).digest("base64url").slice(0, 16),
    publicKeyMultibase: `z${base58.encode(Uint8Array.from([...ED25519_PUBLIC_PREFIX, ...raw]))}`,
  };
}

let cached: SigningKey | undefined;

/**
 * The site's certificate signing key: from CERTIFICATE_SIGNING_KEY (PKCS#8
 * PEM) when set, otherwise generated once into the data folder and shared
 * by every app process.
 */
export function signingKey(): SigningKey {
  cached ??= signingKeyFromPem(env.CERTIFICATE_SIGNING_KEY ?? readOrCreateSecret("certificate-signing-key.pem", generatePem));
  return cached;
}
