import type { InspectionReport } from "@/lib/report/types";

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
    };

export const INITIAL_IMPORT_STATE: ImportState = { step: "start", errors: [] };
