/**
 * Turns what a user types into a safe SQLite FTS5 query. Users get the useful
 * part of FTS5's syntax: "quoted phrases", prefix* matches, OR between terms,
 * and NOT or a leading minus to exclude. Everything else is taken as words:
 * every term is re-quoted, so no input can make a syntax error, and quotes a
 * user forgot to close are closed for them.
 */

export interface SearchTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
  negated: boolean;
  /** Joined to the previous term with OR rather than AND. */
  or: boolean;
}

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 100;

/** Splits input into terms; returns none for input with no words in it. */
export function parseSearchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let pendingOr = false;
  let pendingNot = false;
  let i = 0;
  const s = input.normalize("NFKC").slice(0, 500);
  while (i < s.length && terms.length < MAX_TERMS) {
    const c = s[i];
    if (/\s/.test(c) || c === "(" || c === ")" || c === "+") {
      i++;
      continue;
    }
    if (c === '"' || c === "\u201C" || c === "\u201D") {
      const rest = s.slice(i + 1);
      const end = rest.search(/["\u201C\u201D]/);
      const body = end === -1 ? rest : rest.slice(0, end);
      i += 1 + body.length + (end === -1 ? 0 : 1);
      const starred = s[i] === "*";
      if (starred) i++;
      pushTerm(terms, body, true, starred, pendingNot, pendingOr);
      pendingOr = pendingNot = false;
      continue;
    }
    if (c === "-" && (i === 0 || /\s/.test(s[i - 1]))) {
      pendingNot = true;
      i++;
      continue;
    }
    const m = /^[^\s"()\u201C\u201D]+/.exec(s.slice(i))!;
    const word = m[0];
    i += word.length;
    if (word === "OR") {
      pendingOr = terms.length > 0;
      continue;
    }
    if (word === "AND") continue;
    if (word === "NOT") {
      pendingNot = true;
      continue;
    }
    const prefix = word.endsWith("*");
    pushTerm(terms, word.replace(/\*+$/, ""), false, prefix, pendingNot, pendingOr);
    pendingOr = pendingNot = false;
  }
  // FTS5's NOT needs something before it: a query of only exclusions matches nothing useful.
  while (terms.length > 0 && terms[0].negated) terms.shift();
  if (terms.length > 0) terms[0].or = false;
  return terms;
}

function pushTerm(terms: SearchTerm[], raw: string, phrase: boolean, prefix: boolean, negated: boolean, or: boolean) {
  const text = raw.replace(/\*/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_TERM_LENGTH);
  // A term with no letters or digits would be an empty FTS5 string: skip it.
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  terms.push({ text, phrase, prefix, negated, or });
}

/** The FTS5 MATCH expression for the terms, or null when there is nothing to search for. */
function toFtsQuery(terms: SearchTerm[]): string | null {
  if (terms.length === 0) return null;
  let query = "";
  for (const term of terms) {
    const quoted = `"${term.text.replace(/"/g, '""')}"${term.prefix ? "*" : ""}`;
    if (query === "") query = quoted;
    else query += term.negated ? ` NOT ${quoted}` : term.or ? ` OR ${quoted}` : ` AND ${quoted}`;
  }
  return query;
}

/** Convenience: user input straight to an FTS5 expression (or null). */
export function ftsQueryFor(input: string): string | null {
  return toFtsQuery(parseSearchTerms(input));
}
