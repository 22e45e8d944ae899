/**
 * Judgements the word lists cannot make: those that depend on what a word is
 * said of (docs/assessment.md, section 3, "Clause rules"). Each rule reads one
 * sentence and returns spans with a direction, so the cue is still the words
 * that decided it; the assessor blanks these spans before the word lists run,
 * so "no delays" is not also read as "delays" and "not above" not as "above".
 *
 * - comparisons and changes are read by the kind of measure they are said of:
 *   immunisation rates above the average are good, waiting times, conception
 *   rates or caseloads above it are a concern (MEASURE_UP_GOOD / _DOWN_GOOD);
 * - absence is read by what is absent: "there is no programme of audit" is a
 *   concern, "there is no waiting list" a strength (SHORTFALL);
 * - "no longer" turns a shortfall into a strength ("no longer a problem").
 */

type Direction = "strength" | "concern" | "neutral";

export interface StructureCue {
  start: number;
  end: number;
  /** From the measure it is said of to the rule's words: the subject, not a judgement, so blanked too. */
  measure?: [start: number, end: number];
  direction: Direction;
  /** The words that decided it, as written (a measure and its comparison: "Immunisation … above the national average"). */
  words: string;
}

/** What a shortfall is called: absent, it is good news ("no delays", "no longer a waiting list"). */
const SHORTFALL = String.raw`(?:delays?|excluded|exclusions?|delayed|waiting|waits?|gaps?|backlogs?|vacanc(?:y|ies)|shortfalls?|shortages?|concerns?|complaints?|allegations?|whistle|incidents?|breaches|drift|problems?|issues?|difficult(?:y|ies)|barriers?|lapses?|deficits?|inadequate|unallocated|a need|any need|unnecessar\w*|inappropriate\w*|harm|abuse|unsafe)`;
const SHORTFALL_WORD = new RegExp(String.raw`\b${SHORTFALL}\b`, "i");

/**
 * Measures for which more is better and for which more is worse. Matched in
 * the clause a comparison or change is said of; the first one found is its
 * subject ("Delays in health assessments are above …" is about delays).
 */
const MEASURE_UP_GOOD = String.raw`immuni[sz]ations?|vaccinations?|uptake|take-up|attendance|completion|completed|on time|within timescales?|breastfeeding|coverage|compliance|trained|training|health assessments?|dental checks?|performance|satisfaction|participation|attainment|achievement|stability|engagement|screening|outcomes?|retention|initiation|obtaining|reaching|achieving|attaining|GCSEs?|expected level|key stage \d|results|grades`;
// Attendance at emergency care is a use of it, like admissions (more is worse); at school or appointments, more is better.
const MEASURE_UP_BAD = String.raw`attendances? (?:at|to) (?:A and E|A&E|accident and emergency|emergency|hospital)|(?:A and E|A&E|emergency) attendances?|waiting (?:times?|lists?)|waits?|conceptions?|pregnanc(?:y|ies)|caseloads?|workloads?|vacanc(?:y|ies)|vacant|re-?referrals?|admissions?|self-harm|exclusions?|absences?|NEET|not in education|obesity|smok(?:ing|ers?|es|e)|alcohol|substance|offending|remands?|missing|mortality|deaths?|sickness|turnover|agency staff|delays?|did not attend|complaints?|incidents?|injur(?:y|ies)|decay|time (?:children |young people )?(?:wait|waited|taken)|timescales?|unallocated|drift|costs?|looked after population|gaps?`;
const MEASURE = new RegExp(String.raw`\b(?:(${MEASURE_UP_BAD})|(${MEASURE_UP_GOOD}))\b`, "gi");

/** Where a clause with a subject of its own starts, read back from a comparison. */
const CLAUSE_START = /;|:|,? (?:but|however|although|though|while|whilst|whereas)\b/gi;

/**
 * A sentence that opens with a subordinate clause ("Although screening has
 * increased, the rate … is higher"): its main clause starts at the first
 * comma after it.
 */
const OPENING_CLAUSE = /^\s*(?:although|though|while|whilst|whereas|despite)\b[^,;:]*,/i;

/** Where the last clause in text starts (0 when it is all one clause). */
function lastClauseStart(text: string): number {
  let at = OPENING_CLAUSE.exec(text)?.[0].length ?? 0;
  for (const m of execAll(CLAUSE_START, text)) if (m.index > at) at = m.index;
  return at;
}

/**
 * Every match of a shared global pattern, by an exec loop: matchAll copies
 * the pattern on every call, which costs more than the matching on these
 * short sentences.
 */
function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex += 1;
    out.push(m);
  }
  pattern.lastIndex = 0;
  return out;
}

interface Measure {
  /** True when more of it is better. */
  upGood: boolean;
  words: string;
  /** Where it is in the sentence. */
  start: number;
}

/** The first measure named in text from offset on, or null. */
function firstMeasure(text: string, offset: number): Measure | null {
  MEASURE.lastIndex = offset;
  const m = MEASURE.exec(text);
  MEASURE.lastIndex = 0;
  return m ? { upGood: m[2] !== undefined, words: m[0], start: m.index } : null;
}

/** The measure a comparison at index is said of: the first in its clause, else the first in the sentence before it. */
function measureBefore(sentence: string, index: number): Measure | null {
  const from = Math.max(0, index - 200);
  const before = sentence.slice(from, index);
  const clause = lastClauseStart(before);
  const found = (clause > 0 && firstMeasure(before, clause)) || firstMeasure(before, 0);
  return found && { ...found, start: found.start + from };
}

/** A measure named as what a change came to: "this had fallen to 269 days". */
const TO_AMOUNT = /^ (?:back )?to (?:about |around |just )?[\d.,]+%? /;
const TO_DURATION = /\bto (?:about |around |just )?[\d.,]+ (?:days|weeks|months)\b/i;
/** Time taken, a measure for which more is worse, read only as what a change came to (a common word elsewhere). */
const DURATION = /^(?:days|weeks|months)\b/i;

/**
 * What a transitive change acts on, right after it: "is reducing some drift and
 * delay", "has increased waiting times". Measures joined by "and"/"or" are one object.
 */
const OBJECT_LEAD = /^ (?:some |the |any |further |significantly |unnecessary )?/i;
const JOINED = new RegExp(String.raw`^(?:,? (?:and|or) (?:\w+ )?(?:${MEASURE_UP_BAD}|${MEASURE_UP_GOOD})\b)*`, "i");

function objectAfter(sentence: string, index: number): Measure | null {
  const at = index + (OBJECT_LEAD.exec(sentence.slice(index, index + 20))?.[0].length ?? 0);
  const found = firstMeasure(sentence, at);
  if (!found || found.start !== at) return null;
  const end = found.start + found.words.length;
  const joined = JOINED.exec(sentence.slice(end, end + 80))?.[0] ?? "";
  return { ...found, words: found.words + joined };
}

function measureAfter(sentence: string, index: number, object: boolean): Measure | null {
  const amount = TO_AMOUNT.exec(sentence.slice(index, index + 40));
  if (!amount) return object ? objectAfter(sentence, index) : null;
  const at = index + amount[0].length;
  const duration = DURATION.exec(sentence.slice(at, at + 6));
  if (duration) return { upGood: false, words: duration[0], start: at };
  const found = firstMeasure(sentence, at);
  return found && found.start === at ? found : null;
}

const flip = (d: Direction): Direction => (d === "strength" ? "concern" : d === "concern" ? "strength" : d);

/** Up is good, up is bad, or not known (then a difference from a comparator is worth a look: concern). */
function judge(up: boolean, measure: Measure | null): Direction {
  if (!measure) return "concern";
  return up === measure.upGood ? "strength" : "concern";
}

const COMPARATOR = String.raw`(?:averages?|targets?|similar (?:councils|areas|authorities|local authorities|trusts)|(?:statistical )?neighbours|comparators?|benchmarks?|national (?:figure|rate|level|picture)s?|England|regional|recommended(?: level| maximum| number)?|expected(?: levels?)?|last year|the previous year|peers|the rest of the country)`;
/**
 * The rules below find their head word first (a relation, a verb, a grade)
 * and then read the few words before it with a pattern anchored at its end:
 * a pattern that starts with optional or common words ("is", "has") is tried
 * at every word of every sentence, which cost more than all the rest.
 */
const LEAD_WINDOW = 48;

/** Where the words before index that lead matches (anchored at its end) start, and the match. */
function leadOf(sentence: string, index: number, lead: RegExp): RegExpExecArray | null {
  const from = Math.max(0, index - LEAD_WINDOW);
  const m = lead.exec(sentence.slice(from, index));
  if (m) m.index += from;
  return m;
}

const COMPARISON = new RegExp(
  String.raw`\b(above|below|higher than|lower than|greater than|less than|better than|worse than|narrower than|wider than|longer than|shorter than|in line with|similar to|comparable (?:to|with)|in excess of|short of)(?: [\w'’-]+){0,6}? ${COMPARATOR}\b(?: (?:average|averages|rates?|figures?|levels?|councils|areas)\b)?`,
  "gi",
);
const COMPARISON_LEAD = /\b(not |no longer )?(?:(?:well|significantly|slightly|much|considerably|just|far|still|markedly) )?$/i;

function comparisons(sentence: string, out: StructureCue[]) {
  for (const m of execAll(COMPARISON, sentence)) {
    const lead = leadOf(sentence, m.index, COMPARISON_LEAD);
    const start = lead?.[0] ? lead.index : m.index;
    const relation = m[1].toLowerCase();
    let direction: Direction;
    const measure = measureBefore(sentence, start);
    if (/^(?:in line|similar|comparable)/.test(relation)) direction = "neutral";
    else if (relation === "better than") direction = "strength";
    else if (relation === "worse than") direction = "concern";
    else direction = judge(/^(?:above|higher|greater|in excess|wider|longer)/.test(relation), measure);
    if (lead?.[1]) direction = flip(direction);
    out.push(cue(start, sentence.slice(start, m.index + m[0].length), direction, measure));
  }
}

const cue = (start: number, words: string, direction: Direction, measure: Measure | null = null): StructureCue => ({
  start,
  end: start + words.length,
  direction,
  words: measure ? `${measure.words} … ${words.trim()}` : words.trim(),
  // The measure and what qualifies it, up to the comparison ("The proportion of
  // health assessments completed on time … is above"), is its subject.
  // A measure named after its change ("fallen to 269 days") is blanked up to its end.
  ...(measure && {
    measure: (measure.start < start ? [measure.start, start] : [start, measure.start + measure.words.length]) as [number, number],
  }),
});

/** A measure's change: "have increased", "has fallen", "remains low". Only read when the measure is known. */
const CHANGE =
  /\b(improved|improving|deteriorated|worsened|closed|closing|narrowed|narrowing|widened|widening|increased|risen|rose|grown|gone up|climbed|increasing|rising|declined|declining|fallen|fell|dropped|decreased|reduced|gone down|falling|decreasing|reducing|high|low)\b(?! (?:quality|standard|priority|levels? of|numbers? of|risk|profile))/gi;
const CHANGE_LEAD =
  /\b(no longer |not )?(?:(?:has|have|had|is|are|was|were|remains?|remained|still)( not| no longer)? )?(?:(?:significantly|steadily|sharply|slightly|further|still|very|relatively|particularly|too) )?(only (?:(?:slightly|marginally) )?)?$/i;

function changes(sentence: string, out: StructureCue[]) {
  const found = execAll(CHANGE, sentence);
  if (found.length === 0) return;
  // A change is only read of a known measure: none in the sentence, nothing to read.
  MEASURE.lastIndex = 0;
  const anyMeasure = MEASURE.test(sentence);
  MEASURE.lastIndex = 0;
  if (!anyMeasure && !TO_DURATION.test(sentence)) return;
  for (const m of found) {
    const verb = m[1].toLowerCase();
    const lead = leadOf(sentence, m.index, CHANGE_LEAD);
    // "high" and "low" are read only as what something is ("remains low"), not
    // as an adjective ("young people with high or complex needs").
    if ((verb === "high" || verb === "low") && !lead?.[0]) continue;
    const start = lead?.[0] ? lead.index : m.index;
    // Improvement, decline and a gap closing or widening say which way whatever
    // the measure; only the others read the measure they act on ("reducing some drift").
    const fixed: Direction | null = /^(?:improv|clos|narrow)/.test(verb)
      ? "strength"
      : /^(?:deteriorated|worsened|widen)/.test(verb)
        ? "concern"
        : null;
    const measure = measureBefore(sentence, start) ?? measureAfter(sentence, m.index + m[0].length, !fixed);
    // A measure not in the lists is left to the word lists ("reduced", "increased" as praise).
    if (!measure) continue;
    const up = /^(?:increas|risen|rose|grown|gone up|climbed|rising|high)/.test(verb);
    let direction: Direction = fixed ?? judge(up, measure);
    if (lead?.[1] || lead?.[2]) direction = flip(direction);
    // "has only reduced from 14 to 12": a change in the right direction called too small.
    if (lead?.[3] && direction === "strength") direction = "concern";
    out.push(cue(start, sentence.slice(start, m.index + m[0].length), direction, measure));
  }
}

/**
 * A change told as a noun, read by the measure it is "in": "a slight dip in
 * performance" (more is better: a concern), "the increase, from a low base, in
 * the completion of care plans" (a strength), "a rise in waiting times" (a
 * concern). A measure not in the lists is left to the word lists.
 */
const CHANGE_NOUN =
  /\b(increases?|rises?|growth|falls?|drops?|dips?|declines?|decreases?|reductions?)\b(?:, [^,.;]{1,40},)? in (?:the )?(?:(?:number|numbers|proportion|percentage|rate|rates|level|levels) of (?:the )?)?/gi;

function changeNouns(sentence: string, out: StructureCue[]) {
  for (const m of execAll(CHANGE_NOUN, sentence)) {
    const at = m.index + m[0].length;
    const found = firstMeasure(sentence, at);
    if (!found || found.start !== at) continue;
    const up = /^(?:increase|rise|growth)/i.test(m[1]);
    out.push(cue(m.index, sentence.slice(m.index, at + found.words.length), judge(up, found)));
  }
}

/** "there is no …", "none of …", "without a …": a concern unless what is absent is a shortfall. */
const ABSENCE = new RegExp(
  String.raw`\b(?:there (?:is|are|was|were|has been|have been|had been) (?:(?:as yet|yet|currently|presently|at present|still|now) )?(?:no|little|not (?:a|an|any))(?: longer)?|no longer (?:a|an|any)|(?:with|has|have|had) no|none of|in the absence of|without (?:a|an|any|the)|no evidence (?:of|that)|(?:^|(?<=[,;:] |\b(?:and|but|yet) ))no(?= (?!longer\b|more\b|doubt\b|one\b)[\w'’-]+ (?:[\w'’-]+ ){0,5}?(?:is|are|was|were|has|have|had|took|takes)\b))\b(?: (?!(?:but|and|which|although|while|whilst|however|when|where|because)\b)[\w'’-]+){0,8}`,
  "gi",
);

function absences(sentence: string, out: StructureCue[]) {
  for (const m of execAll(ABSENCE, sentence)) {
    out.push(cue(m.index, m[0], SHORTFALL_WORD.test(m[0]) ? "strength" : "concern"));
  }
}

/** A shortfall said to be over: "Delays … are no longer a problem", "no longer inadequate"; "no delays". */
const RESOLVED = new RegExp(
  String.raw`\b${SHORTFALL}\b[^.;]{0,120}?\b(?:is|are|was|were) no longer (?:a |an )?(?:problem|issue|concern|evident|the case)\b|\bno longer (?:\w+ ){0,2}?${SHORTFALL}\b`,
  "gi",
);
/** A shortfall said to be put right: "delays are minimised", "the backlog has been cleared". */
const REMEDIED = new RegExp(
  String.raw`\b${SHORTFALL}\b(?: [\w'’-]+){0,10}? (?:is|are|was|were|has been|have been) (?:now |promptly |quickly |successfully |largely |fully )?(?:minimi[sz]ed|resolved|rectified|eliminated|overcome|cleared|remedied)\b`,
  "gi",
);
/**
 * A shortfall as what a working process handles, told in the present: "Gaps in
 * adherence … are promptly identified", "areas of poorer performance are
 * considered in more depth", "with poor practice challenged through monthly
 * surgeries". The process is the finding. Not a shortfall found ("gaps have
 * been identified"), being worked on ("are being addressed") or left
 * ("weaknesses identified at the last inspection remain").
 */
const HANDLED_SHORTFALL = String.raw`(?:poor(?:er)? (?:practice|performance)|areas of (?:poor(?:er)?|weak(?:er)?|under-?)[\w-]* ?[\w-]*|gaps?|weakness(?:es)?|shortfalls?|deficits?|errors?|lapses?)`;
const HANDLE = String.raw`(?:promptly |robustly |rigorously |routinely |regularly |quickly |swiftly |effectively |appropriately )?(?:challenged|scrutini[sz]ed|considered|identified|tackled|addressed|examined|explored|acted (?:up)?on|followed up)\b`;
const HANDLED = new RegExp(
  String.raw`\bwith ${HANDLED_SHORTFALL} ${HANDLE}|\b${HANDLED_SHORTFALL}\b(?: (?!(?:have|has|had|been|being|not|will|were|was)\b)[\w'’-]+){0,12}? (?:is|are) ${HANDLE}`,
  "gi",
);
const NO_SHORTFALL = /\bno (?:\w+ ){0,2}?(?:delays?|waiting (?:lists?|times?)|gaps?|backlogs?|vacancies|shortfalls?|drift)\b/gi;
const NO_LONGER = /\bno longer\b/i;
const HANDLE_WORD = /\b(?:challenged|scrutini[sz]ed|considered|identified|tackled|addressed|examined|explored|acted|followed up)\b/i;
const REMEDY = /\b(?:minimi[sz]ed|resolved|rectified|eliminated|overcome|cleared|remedied)\b/i;

function resolved(sentence: string, out: StructureCue[]) {
  // The long pattern only where it can match: most sentences say nothing is "no longer" so.
  if (NO_LONGER.test(sentence)) for (const m of execAll(RESOLVED, sentence)) out.push(cue(m.index, m[0], "strength"));
  if (REMEDY.test(sentence)) for (const m of execAll(REMEDIED, sentence)) out.push(cue(m.index, m[0], "strength"));
  for (const m of execAll(NO_SHORTFALL, sentence)) out.push(cue(m.index, m[0], "strength"));
}

/**
 * A shortfall put right by something done (docs/assessment.md, "Past gaps
 * fixed"): "In response to identified weaknesses in assessments, senior
 * managers established a … panel", "To address these deficits the local
 * authority has introduced a new recording system". Only an opening phrase
 * whose main verb says the act was done: "Work is in progress to address
 * gaps" is still a concern (the gap is the finding).
 */
const FIX = new RegExp(
  String.raw`^\s*(?:in response to|to address|to tackle|to remedy|following|as a result of)\b[^.;]{0,80}?\b(?:${SHORTFALL}|weakness(?:es)?)\b[^.;]{0,80}?\b(?:(?:has|have|had) (?:now |recently |since |already )?)?(?:introduced|established|put in place|created|appointed|implemented|commissioned|set up)\b`,
  "i",
);

function fixes(sentence: string, out: StructureCue[]) {
  const m = FIX.exec(sentence);
  if (m) out.push(cue(m.index, m[0], "strength"));
}

/** A hardship said of something: "is a challenge for the service", "poses a significant constraint". */
const HARDSHIP = /\b(?:challenges?|constraints?)\b/gi;
const HARDSHIP_LEAD =
  /\b(?:is|are|was|were|remains?|present|presents|poses?|represents?) (?:a |an )?(?:significant |major |considerable |particular |real )?$/i;

function hardships(sentence: string, out: StructureCue[]) {
  for (const m of execAll(HARDSHIP, sentence)) {
    const lead = leadOf(sentence, m.index, HARDSHIP_LEAD);
    if (lead) out.push(cue(lead.index, sentence.slice(lead.index, m.index + m[0].length), "concern"));
  }
}

/** Grades said of a service: "is outstanding", "judged to be inadequate", "requires improvement". */
const GRADE = /\b(?:outstanding|inadequate|unsatisfactory|poor)\b|\brequires? improvement\b/gi;
const GRADE_LEAD = /\b(?:is|are|was|were|be|been|remains?|judged|rated)(?: (?:judged|rated|found|considered|assessed))?(?: to be| as)? $/i;

function grades(sentence: string, out: StructureCue[]) {
  for (const m of execAll(GRADE, sentence)) {
    const word = m[0].toLowerCase();
    if (word.startsWith("require")) {
      out.push(cue(m.index, m[0], "concern"));
      continue;
    }
    // A grade is said of something: "outstanding health assessments" are overdue ones.
    const lead = leadOf(sentence, m.index, GRADE_LEAD);
    if (!lead) continue;
    out.push(cue(lead.index, sentence.slice(lead.index, m.index + m[0].length), word === "outstanding" ? "strength" : "concern"));
  }
}

/**
 * The clause rules' cues in one sentence, leftmost first, none overlapping
 * (an earlier rule's span wins: a "no longer" or absence reading before a
 * comparison inside it).
 */
/** The head words of every rule: a sentence with none of them has no clause cue (most have none). */
const HEADS =
  /\b(?:no|none|without|above|below|higher|lower|greater|less|better|worse|narrower|wider|longer|shorter|in line|similar|comparable|in excess|short of|outstanding|inadequate|unsatisfactory|poor|requires? improvement|challenges?|constraints?|minimi[sz]ed|resolved|rectified|eliminated|overcome|cleared|remedied|improv(?:ed|ing)|deteriorated|worsened|clos(?:ed|ing)|narrow(?:ed|ing)|widen(?:ed|ing)|increas(?:ed|ing)|risen|rose|grown|gone|climbed|rising|declin(?:ed|ing)|fallen|fell|dropped|decreas(?:ed|ing)|reduc(?:ed|ing)|falling|high|low)\b/i;

export function structureCues(sentence: string): StructureCue[] {
  // A fix opens the sentence and a handled shortfall needs its verb: both are
  // tested apart, so their common words do not send every sentence through the rest.
  const found: StructureCue[] = [];
  fixes(sentence, found);
  if (HANDLE_WORD.test(sentence)) for (const m of execAll(HANDLED, sentence)) found.push(cue(m.index, m[0], "strength"));
  if (HEADS.test(sentence)) {
    resolved(sentence, found);
    absences(sentence, found);
    grades(sentence, found);
    hardships(sentence, found);
    comparisons(sentence, found);
    changes(sentence, found);
  }
  // A change told as a noun has head words of its own (most sentences have none of either).
  changeNouns(sentence, found);
  if (found.length === 0) return found;
  const kept: StructureCue[] = [];
  for (const c of found) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
