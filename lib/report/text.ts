/**
 * Text clean-up shared by the parser. Reports of the series reach us as
 * Markdown-ish exports (`<b>`, `<sup>`, `##`, `**`, `*italic*`) or plain text,
 * with CRLF or CR line endings, byte-order marks, curly quotes, non-breaking
 * spaces and tabs flattened into runs of spaces. Everything here runs in time
 * linear in its input: no pattern can backtrack over more than a line.
 */

const QUOTE_MAP: Record<string, string> = {
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

// What normalizeDocument changes, one character class per kind.
const INVISIBLE = String.raw`\uFEFF\u200B-\u200D\u2060\u00AD`;
const ODD_SPACE = String.raw`\u00A0\u2007\u202F\u2000-\u2006\u2008-\u200A\u3000`;
const CURLY_QUOTE = String.raw`\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033`;
const CONTROL = String.raw`\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F`;
// One pass over the document gives the same text as one replace per kind in
// turn, line endings first: the kinds do not overlap, no replacement belongs
// to another kind, and "\r", invisible character, "\n" is two line breaks
// either way.
const TO_NORMALIZE = new RegExp(String.raw`\r\n?|[${INVISIBLE}${ODD_SPACE}${CURLY_QUOTE}${CONTROL}]`, "g");
const INVISIBLE_CHARACTER = new RegExp(`^[${INVISIBLE}]$`);

function normalizedCharacter(c: string): string {
  if (c[0] === "\r") return "\n";
  if (INVISIBLE_CHARACTER.test(c)) return "";
  return QUOTE_MAP[c] ?? " "; // odd spaces and control characters
}

/**
 * Normalises a whole document: one kind of line ending, no BOM or zero-width
 * characters, plain spaces and ASCII quotes (so "children's" matches however
 * the source typed its apostrophe). Dashes are kept: they are part of titles.
 */
export function normalizeDocument(raw: string): string {
  return raw.replace(TO_NORMALIZE, normalizedCharacter);
}

const ENTITIES: Record<string, string> = {
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

function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  "\u2070": "0",
  "\u00B9": "1",
  "\u00B2": "2",
  "\u00B3": "3",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
};

export interface CleanText {
  text: string;
  /** Footnote markers cited in the text (`<sup>1</sup>`, `[^1]`, `¹`), in order. */
  footnotes: string[];
}

/**
 * Turns one line or paragraph of source into plain text: markup, links and
 * emphasis removed, ordinals joined back ("9<sup>th</sup>" → "9th"),
 * footnote markers taken out and returned separately, white space folded.
 */
export function cleanInline(source: string): CleanText {
  const footnotes: string[] = [];
  // Most lines of a report carry no markup at all: one scan for the characters
  // markup needs, instead of a dozen replaces that would find nothing.
  const s = hasMarkup(source) ? stripMarkup(source, footnotes) : source;
  return { text: foldSpaces(s), footnotes };
}

/**
 * Every replace in `stripMarkup` needs one of these characters in the text it
 * runs on, and the replaces before the entities (the last) only remove
 * characters or turn `<br>` into a space: a source without any of them has no
 * markup to strip.
 */
const MARKUP_CHARACTER = /[<[*_&\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/;

/**
 * Whether `cleanInline` may have markup to remove from the text. When not,
 * its text is just `foldSpaces` of the source and it finds no footnotes.
 */
export function hasMarkup(source: string): boolean {
  return MARKUP_CHARACTER.test(source);
}

/**
 * The markup replaces of `cleanInline`, in order, each footnote marker pushed
 * onto `footnotes`. Each replace is skipped when the text so far lacks a
 * character (or pair) that every one of its matches contains.
 */
function stripMarkup(source: string, footnotes: string[]): string {
  let s = source;
  if (s.includes("<")) {
    s = s.replace(/<sup>\s*(st|nd|rd|th)\s*<\/sup>/gi, "$1").replace(/<sup>\s*([0-9]{1,3}|[a-z*†‡§])\s*<\/sup>/gi, (_, m: string) => {
      footnotes.push(m);
      return "";
    });
  }
  if (s.includes("[")) {
    s = s.replace(/\[\^([0-9a-z]{1,3})\]/gi, (_, m: string) => {
      footnotes.push(m);
      return "";
    });
  }
  if (SUPERSCRIPT_DIGIT.test(s)) {
    s = s.replace(/([A-Za-z.,;)])([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)/g, (_, before: string, sup: string) => {
      footnotes.push([...sup].map((c) => SUPERSCRIPT_DIGITS[c]).join(""));
      return before;
    });
  }
  if (s.includes("<")) {
    s = s
      .replace(/<br\s*\/?>/gi, " ")
      // Only the formatting tags these exports use; any other markup is text and stays.
      .replace(/<\/?(?:b|i|u|em|strong|sup|sub|span|font|small|p|div)(?:\s[^<>]{0,200})?>/gi, "");
  }
  // Markdown links keep their words; the targets in these exports are placeholders.
  if (s.includes("](")) s = s.replace(/\[([^\]\n]{1,300})\]\((?:[^()\s]{0,500})\)/g, "$1");
  if (s.includes("*")) s = s.replace(/\*+/g, "");
  if (s.includes("_")) s = s.replace(/(^|\s)_{1,2}(?=\S)|(?<=\S)_{1,2}(?=\s|$|[.,;:])/g, "$1");
  if (s.includes("&")) s = decodeEntities(s);
  return s;
}

const SUPERSCRIPT_DIGIT = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/;

// Irregexp finds two spaces in a line about twice as fast as includes("  "),
// which stops at every single space.
const DOUBLE_SPACE = / {2}/;

/** Runs of spaces and tabs as one space, ends trimmed. Single spaces, by far the most common, need no replace. */
export function foldSpaces(s: string): string {
  const folded = s.includes("\t") || DOUBLE_SPACE.test(s) ? s.replace(/[ \t]+/g, " ") : s;
  return folded.trim();
}

/** Plain text of one line or paragraph, footnote markers dropped. */
export function plain(source: string): string {
  return cleanInline(source).text;
}

/**
 * Whether the source text is emphasised as a whole in italics (`*…*`, `_…_`,
 * `<i>`, `<em>`) — how marked-up reports flag extracts of the Ofsted report.
 * Bold alone (`**…**`, `<b>`) is not italic; bold italic (`***…***`) is.
 */
export function isItalic(source: string): boolean {
  const s = source.trim();
  if (/^(?:<(?:i|em)>|\*\*\*(?!\*)|\*(?!\*)|_(?!_)|<b>\s*<(?:i|em)>|<(?:i|em)>\s*<b>)/i.test(s)) return true;
  return /^\*\*_|^__\*(?!\*)/.test(s);
}
