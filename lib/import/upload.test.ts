import { describe, expect, it } from "vitest";
import { seedReportText } from "../testing/reports";
import { MAX_PDF_UPLOAD_BYTES, MAX_UPLOAD_BYTES, readUpload, safeName } from "./upload";

const file = (name: string, content: Uint8Array | string, type = "text/plain") => {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, type, size: bytes.length, bytes: async () => bytes };
};

describe("readUpload", () => {
  it("accepts a text report file, with or without a BOM", async () => {
    const text = seedReportText("barnet");
    expect(await readUpload(file("barnet.txt", text), null)).toEqual({ ok: true, name: "barnet.txt", text, pdf: false });
    const withBom = await readUpload(file("barnet.txt", `\uFEFF${text}`), "");
    expect(withBom.ok && withBom.text).toBe(text);
  });

  it("accepts pasted text", async () => {
    expect(await readUpload(null, "Report …")).toEqual({ ok: true, name: "pasted text", text: "Report …", pdf: false });
  });

  it("refuses what is not a text report", async () => {
    expect(await readUpload(null, null)).toEqual({ ok: false, error: "Choose a report file or paste its text" });
    expect(await readUpload(file("a.txt", "x"), "y")).toEqual({ ok: false, error: "Choose a file or paste text, not both" });
    // Told by content: a PDF whatever its name, and a file named .pdf that is not one is read as text.
    expect(await readUpload(file("report.txt", "%PDF-1.4\n1 0 obj", "text/plain"), null)).toEqual({
      ok: false,
      error: "The selected PDF cannot be read: this PDF is incomplete (cut short): it has no end-of-file marker",
    });
    expect(await readUpload(file("page.pdf", "<html>Saved page</html>", "application/pdf"), null)).toEqual({
      ok: true,
      name: "page.pdf",
      text: "<html>Saved page</html>",
      pdf: false,
    });
    expect(await readUpload(file("photo.txt", "GIF89a", "image/gif"), null)).toEqual({
      ok: false,
      error: "The selected file must be a PDF or a plain text (.txt) file",
    });
    expect(await readUpload(file("binary.txt", new Uint8Array([80, 75, 3, 4, 0, 0, 1])), null)).toEqual({
      ok: false,
      error: "The selected file is not a text file",
    });
  });

  it("refuses more than 10 MB before reading it, and text over 1 MB", async () => {
    let read = false;
    const huge = {
      name: "big.pdf",
      type: "application/pdf",
      size: MAX_PDF_UPLOAD_BYTES + 1,
      bytes: async () => ((read = true), new Uint8Array()),
    };
    expect(await readUpload(huge, null)).toEqual({ ok: false, error: "The selected file must be 10 MB or smaller" });
    expect(read).toBe(false);
    expect(await readUpload(file("big.txt", "x".repeat(MAX_UPLOAD_BYTES + 1)), null)).toEqual({
      ok: false,
      error: "The selected file must be 1 MB or smaller (10 MB for a PDF)",
    });
    expect(await readUpload(null, "x".repeat(MAX_UPLOAD_BYTES + 1))).toEqual({
      ok: false,
      error: "The pasted text must be 1 MB or smaller",
    });
  });

  it("keeps only a file's own name", () => {
    expect(safeName("../../etc/passwd")).toBe("passwd");
    expect(safeName("C:\\reports\\barnet.txt")).toBe("barnet.txt");
    expect(safeName("a\u0000b.txt")).toBe("ab.txt");
  });
});
