import { DataTable } from "@/components/DataTable";
import { ScrollRegion } from "@/components/ScrollRegion";
import type { CouncilSummaryRow } from "@/lib/themes/theme-pages";

/** A theme page's opening: per council, its paragraphs on the theme by tag and its recommendations, each council linking down to its group. */
export function ThemeCouncilSummary({ rows, themeName }: { rows: CouncilSummaryRow[]; themeName: string }) {
  return (
    <ScrollRegion labelledBy="theme-summary-caption" className="mb-7.5">
      <DataTable
        caption={`${themeName}, council by council: paragraphs by tag, and recommendations`}
        captionId="theme-summary-caption"
        captionClassName="caption-m text-left"
        columns={[
          { label: "Council", rowHeader: true },
          { label: "Paragraphs", numeric: true },
          { label: "Strengths", numeric: true },
          { label: "Concerns", numeric: true },
          { label: "Mixed", numeric: true },
          { label: "Neutral", numeric: true },
          { label: "Recommendations", numeric: true },
        ]}
        rows={rows.map((r) => ({
          key: r.slug,
          cells: [
            <a href={r.href} key="name">
              {r.name}
            </a>,
            r.paragraphs,
            r.strength,
            r.concern,
            r.mixed,
            r.neutral,
            r.recommendations,
          ],
        }))}
      />
    </ScrollRegion>
  );
}
