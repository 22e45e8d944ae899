import { z } from "zod";
import type { Grade } from "../report/types";
import { COUNCILS, predecessorsOf, type CouncilRecord } from ".";
import { JUDGEMENTS, type JudgementId } from "../home/matrix";
import { type DrawnArea, drawAreas, isLondon } from "./map";

/** A council as this app holds it: its latest report's six grades, in the matrix order of lib/home/matrix.ts. */
export interface CouncilReport {
  slug: string;
  name: string;
  reportDate: string;
  grades: (Grade | null)[];
}

/** Each judgement as a map's area labels say it, short: "Barnet: safeguarding good". */
const MAP_PHRASE: Record<JudgementId, string> = {
  safeguarding: "safeguarding",
  "safeguarding-capacity": "safeguarding capacity for improvement",
  "health-agencies": "health agencies’ contribution",
  "looked-after": "looked after children",
  "looked-after-capacity": "looked after children capacity for improvement",
  "being-healthy": "being healthy",
};

/** The six grades a map can be coloured by: the matrix's judgements (lib/home/matrix.ts), said the map's way. */
export const MAP_GRADES = JUDGEMENTS.map((j) => ({ id: j.id, label: j.label, phrase: MAP_PHRASE[j.id] }));

export type MapGradeId = JudgementId;

export const MAP_GRADE_PARAM = z.enum(MAP_GRADES.map((g) => g.id) as [MapGradeId, ...MapGradeId[]], {
  error: "Choose a grade from the list",
});

/** "outstanding" … "inadequate", or "none" when no report is loaded. */
export type MapState = Lowercase<Grade> | "none";

export interface MapArea extends DrawnArea {
  name: string;
  /** The link's accessible name: "Barnet: safeguarding good". */
  label: string;
  href: string;
  state: MapState;
}

export interface MapRow {
  council: CouncilRecord;
  report: CouncilReport | null;
  /** The council of 2011–12 whose report stands for this area (Cumbria for Cumberland), when it is not the council itself. */
  via: CouncilRecord | null;
  grade: Grade | null;
}

export interface MapView {
  grade: (typeof MAP_GRADES)[number];
  /** England without London's boroughs as links: they are drawn there (`muted`) and are links in the London inset. */
  england: { width: number; height: number; areas: MapArea[]; muted: DrawnArea[] };
  london: { width: number; height: number; areas: MapArea[] };
  rows: MapRow[];
  /** Councils of 2011–12 since reorganised, with their report (if loaded) and the 2023 authorities over their area. */
  reorganised: { council: CouncilRecord; report: CouncilReport | null; grade: Grade | null; successors: CouncilRecord[] }[];
}

const stateOf = (grade: Grade | null): MapState => (grade ? (grade.toLowerCase() as MapState) : "none");

/** The report standing for a 2023 authority: its own, else that of the single council of 2011–12 its area was. */
function reportFor(
  council: CouncilRecord,
  reports: Map<string, CouncilReport>,
): { report: CouncilReport | null; via: CouncilRecord | null } {
  const own = reports.get(council.laNumber);
  if (own) return { report: own, via: null };
  const withReports = predecessorsOf(council.onsCode).filter((p) => reports.has(p.laNumber));
  // Two former councils with reports over one area (Bournemouth and Poole): neither stands for it; both are listed in words.
  return withReports.length === 1 ? { report: reports.get(withReports[0].laNumber)!, via: withReports[0] } : { report: null, via: null };
}

/** "Barnet: safeguarding good"; "Cumberland (Cumbria in 2011–12): safeguarding good"; "Camden: no report loaded". */
function areaLabel(row: MapRow, phrase: string): string {
  const name = row.via ? `${row.council.name} (${row.via.name} in 2011–12)` : row.council.name;
  if (!row.report) return `${name}: no report loaded`;
  return `${name}: ${phrase} ${row.grade ? row.grade.toLowerCase() : "not graded"}`;
}

export const rowId = (council: CouncilRecord) => `council-${council.onsCode}`;

/** Everything /map shows, coloured by one of the six grades. */
export function mapView(reports: Map<string, CouncilReport>, gradeId: MapGradeId): MapView {
  const column = MAP_GRADES.findIndex((g) => g.id === gradeId);
  const grade = MAP_GRADES[column];
  const current = COUNCILS.filter((c) => c.current);
  const rows = current
    .map((council): MapRow => {
      const { report, via } = reportFor(council, reports);
      return { council, report, via, grade: report?.grades[column] ?? null };
    })
    .sort((a, b) => a.council.name.localeCompare(b.council.name));
  const byCode = new Map(rows.map((r) => [r.council.onsCode, r]));
  const toArea = (area: DrawnArea): MapArea => {
    const row = byCode.get(area.onsCode)!;
    const href = row.report ? `/authorities/${row.report.slug}` : `#${rowId(row.council)}`;
    return { ...area, name: row.council.name, label: areaLabel(row, grade.phrase), href, state: stateOf(row.grade) };
  };
  const england = drawAreas("map-england", 600, () => true, 0);
  const london = drawAreas("map-london", 400, isLondon, 0);
  const reorganised = COUNCILS.filter((c) => c.successors.length > 0).map((council) => {
    const report = reports.get(council.laNumber) ?? null;
    const successors = council.successors.map((code) => byCode.get(code)?.council).filter((c): c is CouncilRecord => !!c);
    return { council, report, grade: report?.grades[column] ?? null, successors };
  });
  return {
    grade,
    england: {
      ...england,
      areas: england.areas.filter((a) => !isLondon(a.onsCode)).map(toArea),
      muted: england.areas.filter((a) => isLondon(a.onsCode)),
    },
    london: { ...london, areas: london.areas.map(toArea) },
    rows,
    reorganised,
  };
}
