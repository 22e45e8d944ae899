/**
 * The ratings matrix's six columns: the two inspections' judgements in report
 * order, how each is recognised in a report's wording, and one report's grades
 * in that order. Read by the home page, the neighbours' grades, the map and the
 * home page's filters (lib/home/home-filters.ts).
 */
import type { Grade, Inspection, RatingRow } from "../report/types";

export interface MatrixColumn {
  inspection: Inspection;
  /** Short heading for the matrix. */
  short: string;
  /** The judgement as the reports word it. */
  full: string;
  /** Recognises the judgement in a report's wording. */
  matches: RegExp;
}

/** The six judgements of every report, in report order. */
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  {
    inspection: "safeguarding",
    short: "Overall effectiveness",
    full: "Overall effectiveness of the safeguarding services",
    matches: /overall/i,
  },
  { inspection: "safeguarding", short: "Capacity for improvement", full: "Capacity for improvement", matches: /capacity/i },
  {
    inspection: "safeguarding",
    short: "Health agencies' contribution",
    full: "The contribution of health agencies to keeping children and young people safe",
    matches: /contribution|health agencies/i,
  },
  {
    inspection: "looked-after",
    short: "Overall effectiveness",
    full: "Overall effectiveness of services for looked after children and young people",
    matches: /overall/i,
  },
  {
    inspection: "looked-after",
    short: "Capacity for improvement",
    full: "Capacity for improvement of the council and its partners",
    matches: /capacity/i,
  },
  { inspection: "looked-after", short: "Being healthy", full: "Being Healthy", matches: /healthy/i },
];

export const INSPECTION_LABEL: Record<Inspection, string> = {
  safeguarding: "Safeguarding",
  "looked-after": "Looked after children",
};

/**
 * One report's grades in matrix order (null where the report has no such
 * judgement). Judgements are recognised by their wording; any left over fill
 * the remaining columns of their inspection in report order.
 */
export function matrixGrades(ratings: RatingRow[]): (Grade | null)[] {
  const cells: (Grade | null)[] = MATRIX_COLUMNS.map(() => null);
  const leftOver: RatingRow[] = [];
  for (const rating of ratings) {
    const i = MATRIX_COLUMNS.findIndex(
      (c, j) => cells[j] === null && c.inspection === rating.inspection && c.matches.test(rating.judgement),
    );
    if (i >= 0) cells[i] = rating.grade;
    else leftOver.push(rating);
  }
  for (const rating of leftOver) {
    const i = MATRIX_COLUMNS.findIndex((c, j) => cells[j] === null && c.inspection === rating.inspection);
    if (i >= 0) cells[i] = rating.grade;
  }
  return cells;
}

/**
 * The six judgements, in matrix order (MATRIX_COLUMNS), by the ids of the
 * home page's `judgement` and the map's `grade` parameters, each with its
 * name in a form's options and the words a sentence says it in.
 */
export const JUDGEMENTS = [
  { id: "safeguarding", label: "Safeguarding: overall effectiveness", phrase: "overall safeguarding" },
  { id: "safeguarding-capacity", label: "Safeguarding: capacity for improvement", phrase: "safeguarding capacity for improvement" },
  { id: "health-agencies", label: "Safeguarding: health agencies' contribution", phrase: "health agencies' contribution" },
  { id: "looked-after", label: "Looked after children: overall effectiveness", phrase: "looked after children overall" },
  {
    id: "looked-after-capacity",
    label: "Looked after children: capacity for improvement",
    phrase: "looked after children capacity for improvement",
  },
  { id: "being-healthy", label: "Looked after children: being healthy", phrase: "being healthy" },
] as const;

export type JudgementId = (typeof JUDGEMENTS)[number]["id"];
