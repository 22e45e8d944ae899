/**
 * How far a cue reaches in its sentence (docs/assessment.md, section 3,
 * "Issue 21, second round"): a concern governs the rest of its clause, so
 * praise inside it is not praise; a plan's clause is what is hoped for, so
 * praise inside it is not a finding. Pure functions over one sentence (with
 * earlier cues blanked out), returning [start, end) pairs flattened.
 */
import type { StructureCue } from "./structure";

/** Where a clause with its own verb starts: a concern's scope ends there. */
// Anchored on the word, not on the optional comma before it: a pattern that
// can start at any space is tried at every space.
const CLAUSE_END = /[;:]|\b(?:but|although|though|while|whilst|whereas|however|nevertheless|yet|which)\b/gi;
/** A noun phrase's scope also ends at the clause's verb. */
const NOUN_END = new RegExp(CLAUSE_END.source + String.raw`|\b(?:is|are|was|were|has|have|had|remains?|will|can)\b`, "gi");
/** Concern cues that name a shortfall (a noun or its adjective), not a negated or hedged predicate. */
const NOUN_CUE =
  /^(?:waiting lists?|gaps?|delays?|delayed|lapses?|shortfalls?|shortages?|backlogs?|deficits?|difficult(?:y|ies)|failures?|vacan\w+|drift|insufficient\w*|inconsisten\w*|variab\w+|limited|absent|weak\w*|poor\w*|under-?performance|under-?developed|overstretched|unacceptable|inadequate\w*|(?:very )?high (?:caseloads?|workloads?)|low levels? of|lack\w*|(?:very )?little)\b/i;
/** A need stated of its subject ("a greater focus … is required"): what is needed is not praise, so its scope reads back to its clause's start. */
const NEED_CUE = /^(?:is|are|was|were) (?:\w+ )?(?:required|needed|necessary)$/i;
/**
 * A good said not to have taken hold ("practice improvements identified from a
 * previous case review have not been wholly embedded"): what has not taken
 * hold is not praise, so its scope too reads back to its clause's start.
 */
const NOT_TAKEN_HOLD_CUE =
  /^(?:is|are|was|were|has|have|had)(?: not|n['’]t)(?: (?:yet|been|fully|wholly|always|consistently|sufficiently|effectively|successfully))* (?:embedded|implemented|sustained|realised|realized|progressed|acted (?:up)?on)\b/i;
/**
 * "…, but this is yet to have an impact": what "this" points back to is told
 * as a step taken, not as a finding, so the praise before it in the sentence
 * does not count (Ofsted Barnet 2019, 31: "recommissioned …, with an increased
 * recruitment target, but this is yet to have an impact").
 */
const NO_IMPACT_CUE = /^(?:yet to have|(?:has|have) not yet had)\b.*\b(?:impact|effect|difference)$/i;
const POINTS_BACK = /\b(?:this|these|it|they) (?:is |are |has |have )?$/i;
/**
 * A shortfall as what something brings about ("The practice of not allocating a
 * social worker … effectively ensures that little proactive work is undertaken"):
 * the bringing about is the shortfall's cause, not praise, so its scope reads
 * back to its clause's start.
 */
const OUTCOME_LEAD = /\b(?:ensures?|ensured|ensuring)(?: that)? $/i;
const FRONTED = /^\s*(?:despite|in spite of|although|though|even though|while|whilst|whereas|notwithstanding)\b/i;
/** Discourse markers among the concern cues: they point back to the sentence before, so have no scope of their own. */
const MARKER = /^however$/i;
export const isMarker = (cue: string) => MARKER.test(cue);

/**
 * The spans to blank before praise is looked for: each concern cue and the
 * rest of its clause. Praise said inside a shortfall is part of it: "delays in
 * uploading reports in a timely way", "absence of effective challenge",
 * "a shortage of suitable respite provision", "do not … or have clear actions".
 */
export function concernScopes(text: string, found: readonly number[], clauses: readonly StructureCue[], lastPraise: number): number[] {
  // Only a cue before some praise can reach it: most sentences need no scope read.
  const starts: [number, number, string][] = [];
  // (A need reads back, so it may come after the praise it covers.)
  for (let i = 0; i < found.length; i += 2) {
    const words = text.slice(found[i], found[i + 1]).trim();
    const readsBack = NEED_CUE.test(words) || NO_IMPACT_CUE.test(words) || NOT_TAKEN_HOLD_CUE.test(words) || outcome(text, found[i]);
    if (!MARKER.test(words) && (found[i] < lastPraise || readsBack)) starts.push([found[i], found[i + 1], words]);
  }
  for (const c of clauses) if (c.direction === "concern" && c.start < lastPraise) starts.push([c.start, c.end, c.words]);
  if (starts.length === 0) return [];
  // A fronted concession ends at its comma: "Despite high caseloads, staff provide good support".
  const fronted = FRONTED.exec(text);
  const frontedEnd = fronted ? text.indexOf(",", fronted[0].length) : -1;
  const scoped: [number, number][] = [];
  for (const [start, cueEnd, words] of starts) {
    // A shortfall named as a subject ends at its verb ("A legacy of weak
    // oversight is now beginning to be addressed"); a negated or hedged
    // predicate runs to the end of its clause.
    // Read on from the cue's end: its own words ("has not yet had …") do not end its clause.
    const end = scopeEnd(text, Math.max(start + 1, cueEnd - 1), NOUN_CUE.test(words) ? NOUN_END : CLAUSE_END);
    const pointsBack = NO_IMPACT_CUE.test(words) && POINTS_BACK.test(text.slice(Math.max(0, start - 12), start));
    // Reading back stops at a fronted concession's comma: "Although X is well led, supervision is not yet embedded".
    const back = (at: number) => Math.max(clauseStart(text, at), frontedEnd >= 0 && at > frontedEnd ? frontedEnd + 1 : 0);
    const from = NEED_CUE.test(words) || NOT_TAKEN_HOLD_CUE.test(words) || outcome(text, start) ? back(start) : pointsBack ? 0 : start;
    scoped.push([from, start < frontedEnd ? Math.min(frontedEnd, end) : end]);
  }
  return merge(scoped);
}

/** Whether the cue at start is what an "ensures that" just before it brings about. */
function outcome(text: string, start: number): boolean {
  return OUTCOME_LEAD.test(text.slice(Math.max(0, start - 16), start));
}

/** Where the first match of end (global) after start is, else the end of text. */
function scopeEnd(text: string, start: number, end: RegExp): number {
  end.lastIndex = start + 1;
  const found = end.exec(text);
  end.lastIndex = 0;
  return found ? found.index : text.length;
}

/** Where the clause holding index starts: after the last clause boundary before it, else 0. */
function clauseStart(text: string, index: number): number {
  let at = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m && m.index < index; m = CLAUSE_END.exec(text)) at = m.index + m[0].length;
  CLAUSE_END.lastIndex = 0;
  return at;
}

/** [start, end) pairs sorted and merged where they overlap, flattened. */
export function merge(all: [number, number][]): number[] {
  all.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [start, end] of all) {
    const last = out.length - 1;
    if (last > 0 && start <= out[last]) out[last] = Math.max(out[last], end);
    else out.push(start, end);
  }
  return out;
}

/**
 * Plans and work in progress (docs/assessment.md: neutral unless a shortfall
 * is named): "The health visitor workforce is being strengthened with
 * additional posts", "there are plans to offer additional training", "A new
 * supervision policy aims to enhance support", "will routinely sample". Praise
 * in such a clause is what is hoped for, so the whole clause is blanked before
 * praise is looked for ("Work is progressing well" is a finding, and kept).
 */
const PLAN =
  /\b(?:being (?:strengthened|improved|enhanced|developed|reviewed|embedded|implemented|introduced|established|refreshed|re-?designed|recruited|secured|updated|revised|rolled out|planned|considered|explored|piloted|prepared|drafted)|there (?:are|is) (?:a )?plans?|plans? to|aims? to|will|work is (?:in progress|progressing|under ?way)(?! well))\b/gi;
const PLAN_WORDS = ["being ", "plans to", "plan to", "here are plans", "here is a plan", "aims to", "aim to", "will ", "ork is"];
const CLAUSE_START = /[;:]|\b(?:but|although|though|while|whilst|whereas|however|which|and there)\b/gi;

/** The clauses of text that state a plan, as [start, end) pairs flattened. */
export function planClauses(text: string): number[] {
  // Most sentences state no plan: a plain substring test skips them.
  if (!PLAN_WORDS.some((word) => text.includes(word))) return [];
  const found: [number, number][] = [];
  PLAN.lastIndex = 0;
  let m = PLAN.exec(text);
  if (!m) return [];
  for (; m; m = PLAN.exec(text)) {
    // The future reads forward only: "are timely …, identifying how needs will be met".
    let start = /^will$/i.test(m[0]) ? m.index : 0;
    CLAUSE_START.lastIndex = 0;
    for (let c = CLAUSE_START.exec(text); c && c.index < m.index; c = CLAUSE_START.exec(text)) start = Math.max(start, c.index);
    CLAUSE_START.lastIndex = 0;
    found.push([start, scopeEnd(text, m.index, CLAUSE_END)]);
  }
  PLAN.lastIndex = 0;
  return merge(found);
}
