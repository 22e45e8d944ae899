/**
 * Security headers. The Content-Security-Policy of a page rendered per request
 * carries a fresh nonce (set in proxy.ts): Next puts it on its own inline
 * scripts, and 'strict-dynamic' lets those load the app's chunks. A prerendered
 * page cannot carry a per-request nonce, so its policy names its inline scripts
 * by hash instead (lib/security/static-pages.ts). Either way no inline script
 * or style runs unless the server wrote it, and no page may be framed.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return policy({
    // React's development build evaluates code; production never does.
    script: `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    style: `'self' 'nonce-${nonce}'`,
  });
}

/**
 * The policy of a prerendered page: its own inline scripts and styles by hash.
 * Without 'strict-dynamic', 'self' lets the page load the app's chunks.
 */
export function hashedContentSecurityPolicy({ scripts, styles }: { scripts: string[]; styles: string[] }): string {
  const sources = (hashes: string[]) => ["'self'", ...hashes.map((h) => `'${h}'`)].join(" ");
  return policy({ script: sources(scripts), style: sources(styles) });
}

function policy({ script, style }: { script: string; style: string }): string {
  return [
    "default-src 'self'",
    `script-src ${script}`,
    `style-src ${style}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
