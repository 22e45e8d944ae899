/**
 * The one scan of a text for all nineteen themes (themes.ts reads every
 * score, mention and cue from it). Each theme's own patterns
 * (terms, hints, not) are alternatives of one combined, precompiled pattern;
 * the pass finds every position where any of them matches and, at each, which
 * ones do and how long each match is. From those hits each theme's count of
 * non-overlapping matches is exactly what a scan with its own pattern would
 * give (a global scan takes the leftmost match, then carries on after it), so
 * the combined pass changes the cost, not the answer. A theme's "not"
 * phrases are found in the same pass, and its mentions that overlap one are
 * dropped, as blanking the phrase would drop them.
 */
import type { ThemeVocabulary } from "./types";

type Kind = "terms" | "hints" | "not";

interface Alternative {
  theme: number;
  kind: Kind;
  /** Which theme pattern (terms, hints or not of one theme) the branch belongs to. */
  group: number;
  /** The characters a match can start with; null when not read from the source. */
  start: Set<string> | null;
  /** The theme's own pattern, sticky, to test it where the combined one matched. */
  own: RegExp;
}

export interface ThemeHit {
  index: number;
  length: number;
}

interface ThemeHits {
  terms: ThemeHit[];
  hints: ThemeHit[];
  /** Where the theme's "not" phrases match: its terms and hints there do not count. */
  not: ThemeHit[];
}

export interface ThemeScanner {
  scan(text: string): ThemeHits[];
}

/** Top-level "|"-separated branches of a pattern's source. */
function branches(source: string): string[] {
  const out: string[] = [];
  let depth = 0,
    inClass = false,
    start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

const OPTIONAL = /^[?*{]/;

/**
 * The lower-case characters a match of source can start with, read from the
 * source, or null when that is not plain (then it is tried at every hit).
 * Only simple shapes are read: "\bword", "\b(?:a|b)", "\b[BDL]".
 */
function firstChars(source: string): Set<string> | null {
  const s = source.startsWith("\\b") ? source.slice(2) : source;
  if (s.startsWith("(?:")) {
    const end = s.indexOf(")") < 0 ? -1 : closingParen(s);
    if (end < 0 || OPTIONAL.test(s.slice(end + 1))) return null;
    const set = new Set<string>();
    for (const branch of branches(s.slice(3, end))) {
      const chars = firstChars(branch);
      if (!chars) return null;
      chars.forEach((c) => set.add(c));
    }
    return set;
  }
  if (s.startsWith("[")) {
    const end = s.indexOf("]");
    const body = s.slice(1, end);
    if (end < 0 || /[\\^-]/.test(body) || OPTIONAL.test(s.slice(end + 1))) return null;
    return new Set([...body.toLowerCase()]);
  }
  const c = s[0];
  if (!c || !/[A-Za-z0-9]/.test(c) || OPTIONAL.test(s.slice(1))) return null;
  return new Set([c.toLowerCase()]);
}

/** Index of the bracket closing the group that opens s. */
function closingParen(s: string): number {
  let depth = 0,
    inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

export function themeScanner(themes: readonly ThemeVocabulary[]): ThemeScanner {
  // One entry per branch of each theme's terms, hints and not, in order.
  const alternatives: Alternative[] = [];
  let kinds = 0;
  themes.forEach((theme, index) => {
    for (const kind of ["terms", "hints", "not"] as const) {
      const pattern = theme[kind];
      if (!pattern) continue;
      const flags = pattern.flags.replace("g", "") + "y";
      for (const branch of branches(pattern.source)) {
        alternatives.push({ theme: index, kind, group: kinds, start: firstChars(branch), own: new RegExp(branch, flags) });
      }
      kinds += 1;
    }
  });
  // All themes' patterns are case-insensitive but one "not"; taking the
  // combined pattern case-insensitively can only find extra positions, where
  // each branch's own test then says no.
  // Branches that start at a word boundary share one test of it, before them
  // all: inside a word, where most positions are, none of them is tried.
  // Branches that start with a plain letter are grouped under it ("\\b(?:c(?:AMHS|onsent)|…)"),
  // so at a word start the engine tries only the group of its first letter.
  const byLetter = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alternatives.filter((x) => x.own.source.startsWith("\\b"))) {
    const body = a.own.source.slice(2);
    if (/^[A-Za-z](?![?*{+])/.test(body)) {
      const c = body[0].toLowerCase();
      byLetter.set(c, [...(byLetter.get(c) ?? []), `(?:${body.slice(1)})`]);
    } else rest.push(`(?:${body})`);
  }
  const atWord = [...[...byLetter].map(([c, tails]) => `${c}(?:${tails.join("|")})`), ...rest];
  const elsewhere = alternatives.filter((a) => !a.own.source.startsWith("\\b")).map((a) => `(?:${a.own.source})`);
  const any = new RegExp([...(atWord.length ? [`\\b(?:${atWord.join("|")})`] : []), ...elsewhere].join("|"), "gi");
  // Which branches can start with each character, in order, so that at a
  // position only those few are tried (a start not read from the source: always).
  const byChar = new Map<string, Alternative[]>();
  for (const a of alternatives) a.start?.forEach((c) => byChar.set(c, []));
  for (const [c, list] of byChar) list.push(...alternatives.filter((a) => a.start === null || a.start.has(c)));
  const always = alternatives.filter((a) => a.start === null);

  function scan(text: string): ThemeHits[] {
    const hits: ThemeHits[] = themes.map(() => ({ terms: [], hints: [], not: [] }));
    // A pattern's match at a position is its first branch that matches there.
    const matched = new Uint8Array(kinds);
    any.lastIndex = 0;
    for (let match = any.exec(text); match; match = any.exec(text)) {
      const index = match.index;
      matched.fill(0);
      for (const alternative of byChar.get(text[index].toLowerCase()) ?? always) {
        if (matched[alternative.group]) continue;
        alternative.own.lastIndex = index;
        const own = alternative.own.exec(text);
        if (!own) continue;
        matched[alternative.group] = 1;
        hits[alternative.theme][alternative.kind].push({ index, length: own[0].length });
      }
      any.lastIndex = index + 1;
    }
    return hits;
  }

  return { scan };
}

/**
 * The matches a global scan with one pattern would find in the text with the
 * not phrases blanked: hits overlapping a blanked phrase dropped, then the
 * leftmost, then the leftmost at or after its end.
 */
export function ownMatches(hits: readonly ThemeHit[], not: readonly ThemeHit[] = []): ThemeHit[] {
  if (not.length === 0) return leftmost(hits);
  // Both lists are in order of index: one walk drops the hits that overlap a
  // blanked phrase (linear, as a text can hold thousands of both).
  const blanked = leftmost(not);
  const kept: ThemeHit[] = [];
  let b = 0;
  for (const h of hits) {
    while (b < blanked.length && blanked[b].index + blanked[b].length <= h.index) b++;
    if (b >= blanked.length || blanked[b].index >= h.index + h.length) kept.push(h);
  }
  return leftmost(kept);
}

/** Non-overlapping hits, leftmost first, as a global scan takes them. */
function leftmost(hits: readonly ThemeHit[]): ThemeHit[] {
  const out: ThemeHit[] = [];
  let next = 0;
  for (const hit of hits) {
    if (hit.index < next) continue;
    out.push(hit);
    next = hit.index + Math.max(hit.length, 1);
  }
  return out;
}
