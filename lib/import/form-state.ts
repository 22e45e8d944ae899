import type { InspectionReport } from "@/lib/report/types";

/** The lookup's council an authority's name matched (lib/councils), as the import shows it; null when unmatched. */
export interface MatchedCouncil {
  name: string;
  laNumber: string;
  onsCode: string | null;
  region: string | null;
}

/** What the import page shows after each step; serialisable, it travels between server and browser. */
export type ImportState =
  | { step: "start"; errors: string[] }
  | {
      step: "preview";
      errors: string[];
      name: string;
      text: string;
      report: InspectionReport;
      slug: string;
      /** What saving would do: add a new report, replace the stored one, or nothing. */
      effect: "new" | "replace" | "unchanged";
      council: MatchedCouncil | null;
    }
  | {
      step: "saved";
      slug: string;
      authority: string;
      reportDate: string;
      outcome: "created" | "replaced" | "unchanged";
      sections: number;
      paragraphs: number;
      recommendations: number;
      warnings: number;
      council: MatchedCouncil | null;
    };

export const INITIAL_IMPORT_STATE: ImportState = { step: "start", errors: [] };
