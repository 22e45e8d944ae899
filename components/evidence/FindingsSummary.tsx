import { type DataColumn, DataTable } from "@/components/DataTable";
import { sectionId, sectionTitle } from "@/lib/authorities/authority-page";
import type { SectionSummary } from "@/lib/evidence/display";
import { ScrollRegion } from "@/components/ScrollRegion";
import { StickyCaption } from "@/components/StickyCaption";

type Count = keyof SectionSummary["counts"];

const COUNTS: { key: Count; label: string }[] = [
  { key: "strength", label: "Strengths" },
  { key: "concern", label: "Concerns" },
  { key: "mixed", label: "Mixed" },
  { key: "neutral", label: "Neutral" },
];

const COLUMNS: DataColumn[] = [{ label: "Section", rowHeader: true }, ...COUNTS.map(({ label }) => ({ label, numeric: true }))];

/** Findings at a glance: per section (CQC outcome), its paragraphs counted once each: strengths, concerns, mixed or neutral. */
export function FindingsSummary({ rows, name }: { rows: SectionSummary[]; name: string }) {
  const total = (key: Count) => rows.reduce((n, r) => n + r.counts[key], 0);
  return (
    // On a phone the table scrolls sideways; its caption stays in view and wraps (it was cut off at 390 px), and
    // the last columns, off screen at 390 px, are announced as the home page's table does (seen in issue 24's screenshots).
    <>
      <p className="hint mb-2 sm:hidden" id="findings-summary-scroll-cue">
        The table scrolls sideways: the mixed and neutral counts are to the right.
      </p>
      <ScrollRegion labelledBy="findings-summary-caption" className="@container max-sm:border-r-4 max-sm:border-border">
        <DataTable
          caption={<StickyCaption>Findings at a glance: {name}&rsquo;s paragraphs by how they read</StickyCaption>}
          captionId="findings-summary-caption"
          captionClassName="caption-m text-left"
          columns={COLUMNS}
          rows={rows.map((r) => ({
            key: r.number,
            cells: [
              <a key="section" href={`#${sectionId(r.number)}`}>
                {r.number}. {sectionTitle(r)}
              </a>,
              ...COUNTS.map(({ key }) => r.counts[key]),
            ],
          }))}
          foot={["All findings", ...COUNTS.map(({ key }) => total(key))]}
        />
      </ScrollRegion>
    </>
  );
}
