import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedReportText } from "../testing/reports";
import { cleanInline, foldSpaces, hasMarkup, normalizeDocument } from "./text";

/*
 * cleanInline and normalizeDocument skip work that cannot change their text
 * (replaces whose characters are absent, one pass instead of five). These
 * references are the plain, unoptimised form of the same clean-up: every
 * replace, in order, on every input. The optimised functions must agree with
 * them exactly, on anything.
 */

const REFERENCE_QUOTES: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
};

function referenceNormalizeDocument(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, "")
    .replace(/[\u00A0\u2007\u202F\u2000-\u2006\u2008-\u200A\u3000]/g, " ")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033]/g, (c) => REFERENCE_QUOTES[c])
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, " ");
}

const REFERENCE_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: "…",
  pound: "£",
};
const REFERENCE_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

function referenceCleanInline(source: string): { text: string; footnotes: string[] } {
  const footnotes: string[] = [];
  let s = source
    .replace(/<sup>\s*(st|nd|rd|th)\s*<\/sup>/gi, "$1")
    .replace(/<sup>\s*([0-9]{1,3}|[a-z*†‡§])\s*<\/sup>/gi, (_, m: string) => {
      footnotes.push(m);
      return "";
    })
    .replace(/\[\^([0-9a-z]{1,3})\]/gi, (_, m: string) => {
      footnotes.push(m);
      return "";
    })
    .replace(/([A-Za-z.,;)])([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)/g, (_, before: string, sup: string) => {
      footnotes.push([...sup].map((c) => String(REFERENCE_SUPERSCRIPTS.indexOf(c))).join(""));
      return before;
    })
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/?(?:b|i|u|em|strong|sup|sub|span|font|small|p|div)(?:\s[^<>]{0,200})?>/gi, "")
    .replace(/\[([^\]\n]{1,300})\]\((?:[^()\s]{0,500})\)/g, "$1")
    .replace(/\*+/g, "")
    .replace(/(^|\s)_{1,2}(?=\S)|(?<=\S)_{1,2}(?=\s|$|[.,;:])/g, "$1");
  s = s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return REFERENCE_ENTITIES[name.toLowerCase()] ?? whole;
  });
  s = s.replace(/[ \t]+/g, " ").trim();
  return { text: s, footnotes };
}

/** Pieces of markup, white space and text that the clean-up treats specially, to build inputs from. */
const PIECES = [
  "<b>",
  "</b>",
  "<B>",
  "<sup>",
  "</sup>",
  "<sup>1</sup>",
  "<SUP> th </SUP>",
  "<sup>*</sup>",
  "<br>",
  "<br />",
  "<i>",
  "<em>",
  "<span class=x>",
  "<p>",
  "<table>",
  "<",
  ">",
  "[",
  "]",
  "(",
  ")",
  "](",
  "[^2]",
  "[x](#)",
  "[a link](http://x)",
  "*",
  "**",
  "***",
  "_",
  "__",
  "&amp;",
  "&#39;",
  "&#x41;",
  "&#0;",
  "&#xD800;",
  "&nbsp;",
  "&bogus;",
  "&",
  ";",
  "¹",
  "²",
  "³",
  "⁰",
  "⁴",
  "⁹",
  " ",
  "  ",
  "\t",
  " \t ",
  "\n",
  "\r",
  "\r\n",
  "\u00A0",
  "\u2007",
  "\u200B",
  "\uFEFF",
  "\u00AD",
  "\u0001",
  "\u007F",
  "\u3000",
  "\u1680",
  "\u2028",
  "\u205F",
  "‘",
  "’",
  "“",
  "”",
  "′",
  "a",
  "Word",
  "9",
  "12",
  ".",
  ",",
  ";",
  ":",
  "-",
  "–",
  "#",
  "## ",
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(""));
const anyText = fc.oneof(pieced, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }));

describe("normalizeDocument", () => {
  it("gives the text of one replace per kind of character, in turn", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeDocument(s)).toBe(referenceNormalizeDocument(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves clean text as it is and turns every line ending into \\n", () => {
    expect(normalizeDocument("a\r\nb\rc\n")).toBe("a\nb\nc\n");
    expect(normalizeDocument("\uFEFFChildren\u2019s\u00A0services\u0007")).toBe("Children's services ");
    expect(normalizeDocument("\r\u200B\n")).toBe("\n\n");
  });

  it("gives the seed reports as before", () => {
    for (const name of ["barnet", "dudley"] as const) {
      const text = seedReportText(name);
      expect(normalizeDocument(text)).toBe(referenceNormalizeDocument(text));
    }
  });
});

describe("cleanInline", () => {
  it("gives the text and footnotes of every replace run in order", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(cleanInline(s)).toEqual(referenceCleanInline(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives every line of the seed reports as before", () => {
    for (const name of ["barnet", "dudley"] as const) {
      for (const line of normalizeDocument(seedReportText(name)).split("\n")) {
        expect(cleanInline(line)).toEqual(referenceCleanInline(line));
      }
    }
  });

  it("only folds white space in a line without markup", () => {
    expect(hasMarkup("  Children\tand  young people ")).toBe(false);
    expect(cleanInline("  Children\tand  young people ")).toEqual({ text: "Children and young people", footnotes: [] });
    expect(foldSpaces("\u1680 a \t b \u1680")).toBe("a b");
  });

  it("finds markup by any of its characters", () => {
    for (const s of ["<b>", "[x](#)", "*", "_x_", "&amp;", "word¹", "word⁴"]) expect(hasMarkup(s)).toBe(true);
    expect(cleanInline("Healthwatch<sup>1</sup> and more² and [^3]")).toEqual({
      text: "Healthwatch and more and",
      footnotes: ["1", "3", "2"],
    });
  });

  it("removes a link only when its brackets meet once the tags are gone", () => {
    expect(cleanInline("[the report]<b>(#)</b>")).toEqual({ text: "the report", footnotes: [] });
  });
});
