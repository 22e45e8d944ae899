import { assessParagraph, themesOf } from "../findings";
import type { AssessedReport, InspectionReport } from "./types";

/**
 * Adds the evidence reading to a parsed report: each finding paragraph's
 * assessment, its sentences and themes, and each recommendation's themes.
 * Recomputed from the text alone, so a report already assessed under older
 * rules comes back assessed under the current ones.
 */
export function assessReport(report: InspectionReport): AssessedReport {
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map(({ ref, text }) => {
        const { assessment, sentences } = assessParagraph(text);
        return { ref, text, assessment, sentences, themes: themesOf(text) };
      }),
    })),
    recommendations: report.recommendations.map((r) => ({ ...r, themes: themesOf(r.text) })),
  };
}
