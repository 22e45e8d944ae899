import { type AuthorityCandidate, matchAuthorities } from "../authorities/authority-match";

/** The most councils the search page lists before the paragraphs. */
const MAX_COUNCILS = 10;

/**
 * The councils a search's words name (issue 26), shown before the paragraphs:
 * for each alternative of an OR, its words, without the search's operators
 * (quotes, a trailing *, -word), as a council field reads them, but only by
 * whole words or their starts ("wellm" finds Wellmouth; "ham" does not find
 * Birmingham). Also by LA number or ONS code ("302").
 */
export function councilsForSearch<C extends AuthorityCandidate>(q: string, candidates: readonly C[]): { councils: C[]; total: number } {
  const found = new Set<C>();
  for (const alternative of q.split(/\bOR\b/)) {
    const words = alternative
      .replace(/["()*:^]/g, " ")
      .split(/\s+/)
      .filter((w) => w !== "" && !w.startsWith("-") && !/^(?:AND|NOT|NEAR)$/.test(w));
    if (words.length === 0) continue;
    const match = matchAuthorities(words.join(" "), candidates, { withinWords: false });
    if (match.kind === "one") found.add(match.authority);
    if (match.kind === "several") match.authorities.forEach((c) => found.add(c));
  }
  const councils = [...found];
  return { councils: councils.slice(0, MAX_COUNCILS), total: councils.length };
}
