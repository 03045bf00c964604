import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address, as seen by the server (proxy-aware when TRUST_PROXY=1). */
    clientIp: string;
  }
}
