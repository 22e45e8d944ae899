/**
 * The page is rebuilt from where its text is, not from the order it was
 * written in: pages extracted once from real PDFs of the corpus (Word tables
 * with borders for Barnet and Dudley, the Barnet one re-distilled by
 * Ghostscript and through qpdf, tab stops, two running columns), their runs
 * shuffled, split and merged at random, give the same text. (qpdf keeps the
 * content streams: its runs are the Word PDF's; Ghostscript rewrites half of them.)
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutText } from "./layout";
import type { PdfPageText, PdfTextItem } from "./lines";

const PAGES = path.join(import.meta.dirname, "..", "..", "test", "fixtures", "pdf-pages");

function load(name: string): PdfPageText[] {
  return JSON.parse(fs.readFileSync(path.join(PAGES, `${name}.json`), "utf8")) as PdfPageText[];
}

/** A run cut in two at character `at`, each part as wide as its share of the characters. */
function split(item: PdfTextItem, at: number): PdfTextItem[] {
  const cut = 1 + (at % (item.s.length - 1));
  const w = (item.w * cut) / item.s.length;
  return [
    { ...item, s: item.s.slice(0, cut), w },
    { ...item, s: item.s.slice(cut), x: item.x + w, w: item.w - w },
  ];
}

/** Two runs that touch on one baseline in one font, written as one (as another producer would). */
function mergeable(a: PdfTextItem, b: PdfTextItem): boolean {
  return a.y === b.y && a.font === b.font && a.size === b.size && Math.abs(a.x + a.w - b.x) < 0.01;
}

interface Edit {
  splits: number[];
  merges: number;
  order: number[];
}

function perturb(page: PdfPageText, edit: Edit): PdfPageText {
  let items = page.items.flatMap((item, i) =>
    item.s.length > 1 && edit.splits[i % edit.splits.length] % 3 === 0 ? split(item, edit.splits[i % edit.splits.length]) : [item],
  );
  // Merge some neighbours back: only runs that touch, so no space is lost or made.
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const merged: PdfTextItem[] = [];
  sorted.forEach((item, i) => {
    const last = merged.at(-1);
    if (last && (i + edit.merges) % 2 === 0 && mergeable(last, item))
      merged[merged.length - 1] = { ...last, s: last.s + item.s, w: last.w + item.w };
    else merged.push(item);
  });
  items = merged;
  const keyed = items.map((item, i) => ({ item, key: edit.order[i % edit.order.length] * 100_000 + i }));
  return { ...page, items: keyed.sort((a, b) => a.key - b.key).map((k) => k.item) };
}

const edits = fc.record({
  splits: fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }),
  merges: fc.nat(1),
  order: fc.array(fc.nat(1000), { minLength: 1, maxLength: 200 }),
});

describe("the rebuilt text does not depend on the order or cut of the runs", () => {
  for (const name of ["barnet.word", "dudley.word", "barnet.word-gs", "barnet.word-qpdf", "barnet.writer-tabs", "barnet.chromium-grid"]) {
    const pages = load(name);
    const expected = layoutText(pages);
    it(`${name}: shuffled, split and merged runs give the same text`, { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(edits, (edit) => {
          expect(layoutText(pages.map((p) => perturb(p, edit)))).toBe(expected);
        }),
        { numRuns: 30 },
      );
    });
  }

  it("the fixtures hold what makes the order matter: tables written column by column, two columns of text", () => {
    expect(layoutText(load("barnet.word"))).toContain("Date of Inspection\t9th January 2012 - 20th January 2012\n");
    expect(layoutText(load("barnet.writer-tabs"))).toContain("Overall effectiveness of the safeguarding services\tGood\n");
    expect(layoutText(load("barnet.chromium-grid"))).toContain(
      "The Inspection Process\n\nThis inspection was conducted alongside the Ofsted-led programme",
    );
    expect(layoutText(load("dudley.word"))).toContain("Date of Inspection\t28th November 2011 - 9th December 2011\n");
  });

  it("Ghostscript's runs are not the Word PDF's, yet the pages read alike; qpdf's are the same runs", () => {
    const runs = (name: string) => new Set(load(name).flatMap((p) => p.items.map((t) => `${t.s}@${t.x},${t.y},${t.w}`)));
    const word = runs("barnet.word");
    const shared = (name: string) => [...runs(name)].filter((r) => word.has(r)).length / runs(name).size;
    expect(shared("barnet.word-gs")).toBeLessThan(0.6);
    expect(shared("barnet.word-qpdf")).toBe(1);
    expect(layoutText(load("barnet.word-gs"))).toBe(layoutText(load("barnet.word")));
    expect(layoutText(load("barnet.word-qpdf"))).toBe(layoutText(load("barnet.word")));
  });
});
