/**
 * Security headers. The Content-Security-Policy carries a fresh nonce per
 * request (set in proxy.ts): Next puts it on its own inline scripts, and
 * 'strict-dynamic' lets those load the app's chunks. No inline script or
 * style runs without the nonce, and no page may be framed.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
