import { createContext, useContext } from "react";

/**
 * This response's Content-Security-Policy nonce (decision 0016), given by the
 * server for each render; the inline scripts Remix writes carry it. In the
 * browser it is empty: browsers hide nonces from the page, and scripts added
 * after hydration are modules the policy allows by origin.
 */
export const CspNonceContext = createContext<string | undefined>(undefined);

export function useCspNonce(): string | undefined {
  return useContext(CspNonceContext);
}
