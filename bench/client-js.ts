/**
 * Client JavaScript per route, from the build output: each app route's client
 * reference manifest (server/app/…/page_client-reference-manifest.js) lists
 * the JS chunks of its layouts and page (`entryJSFiles`); the build manifest
 * lists the framework's shared runtime that every page loads first
 * (`rootMainFiles`). Sizes are gzip (level 9) of each file, as served to a
 * browser; the nomodule polyfills are left out (modern browsers skip them).
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import type { ClientJsFigures, ClientJsRoute } from "./types";

function findFiles(dir: string, name: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === name)
    .map((f) => path.join(dir, f));
}

export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** "static/chunks/x.js" or "/_next/static/chunks/x.js" → "static/chunks/x.js". */
export function chunkPath(src: string): string {
  return src
    .replace(/^.*?\/_next\//, "")
    .replace(/^\//, "")
    .replace(/\?.*$/, "");
}

export function analyzeClientJs(distDir: string): ClientJsFigures {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
    polyfillFiles?: string[];
  };
  const runtimeFiles = buildManifest.rootMainFiles.filter((f) => f.endsWith(".js"));
  const sizes = new Map<string, number>();
  const size = (f: string) => {
    if (!sizes.has(f)) sizes.set(f, gzipSize(path.join(distDir, f)));
    return sizes.get(f)!;
  };
  const runtimeGzip = runtimeFiles.reduce((n, f) => n + size(f), 0);

  const routes: ClientJsRoute[] = [];
  for (const file of findFiles(path.join(distDir, "server", "app"), "page_client-reference-manifest.js")) {
    const context: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
    vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
    for (const [key, manifest] of Object.entries(context.__RSC_MANIFEST ?? {})) {
      const route = key.replace(/\/page$/, "") || "/";
      const entryFiles = [...new Set(Object.values(manifest.entryJSFiles ?? {}).flat())].map(chunkPath).filter((f) => f.endsWith(".js"));
      const all = [...new Set([...runtimeFiles, ...entryFiles])];
      const files = all.map((f) => ({ file: f, gzip: size(f), shared: runtimeFiles.includes(f) }));
      routes.push({
        route,
        totalGzip: files.reduce((n, f) => n + f.gzip, 0),
        beyondRuntimeGzip: files.filter((f) => !f.shared).reduce((n, f) => n + f.gzip, 0),
        files,
      });
    }
  }
  routes.sort((a, b) => a.route.localeCompare(b.route));
  return { distDir, runtimeFiles, runtimeGzip, polyfillFiles: buildManifest.polyfillFiles ?? [], routes, unlisted: [] };
}

/** The JS files a served HTML page asks for (<script src>), as build paths. */
export function scriptsInHtml(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js[^"]*)"/g)].map((m) => chunkPath(m[1]));
}

/** Records scripts a served page loads that the route's manifest did not list. */
export function checkServedScripts(figures: ClientJsFigures, route: string, html: string): void {
  const listed = figures.routes.find((r) => r.route === route);
  if (!listed) return;
  const known = new Set([...listed.files.map((f) => f.file), ...figures.polyfillFiles]);
  for (const file of scriptsInHtml(html)) {
    if (!known.has(file) && !figures.unlisted.some((u) => u.route === route && u.file === file)) figures.unlisted.push({ route, file });
  }
}
