import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inlineHashes, prerenderedHtmlFile, staticPagePolicy } from "./static-pages";

const hash = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("inlineHashes", () => {
  it("hashes inline scripts and styles exactly as written, once each, and skips external and empty scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      '<script id="x">self.__next_f.push([1,"‘quoted’ \\u003c"])</script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      "<script></script>",
      "<style>body{margin:0}</style>",
    ].join("");
    expect(inlineHashes(html)).toEqual({
      scripts: [hash("(self.__next_f=self.__next_f||[]).push([0])"), hash('self.__next_f.push([1,"‘quoted’ \\u003c"])')],
      styles: [hash("body{margin:0}")],
    });
  });
});

describe("staticPagePolicy", () => {
  it("allows a prerendered page's inline scripts by hash, without nonce or unsafe-inline", () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "static-pages-"));
    const file = prerenderedHtmlFile(distDir, "/about");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "<html><script>go()</script></html>");
    const policy = staticPagePolicy("/about", distDir);
    expect(policy).toContain(`script-src 'self' '${hash("go()")}';`);
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/nonce|unsafe-inline|strict-dynamic/);
    fs.rmSync(distDir, { recursive: true });
  });

  it("is null for pages that are not prerendered", () => {
    expect(staticPagePolicy("/authorities/barnet", "/nowhere")).toBeNull();
  });
});
