import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address, as seen by the server (proxy-aware when TRUST_PROXY=1). */
    clientIp: string;
    /** This response's Content-Security-Policy nonce, set by the production server (absent under the Vite dev server). */
    cspNonce?: string;
    /**
     * What the production server worked out about the signed-in person in
     * front of the app, for a page it may keep under that state (decision 0038).
     */
    personalState?: import("~/features/auth/personal-state.server").PersonalState;
  }
}
