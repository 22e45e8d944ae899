import type { ReactNode } from "react";
import { SummaryList } from "@/components/SummaryList";
import { formatDateRange } from "@/lib/authorities/authority-page";
import { formatDate } from "@/lib/formatting/format";
import type { InspectionReport } from "@/lib/report/types";

const notStated = <span className="hint">Not stated</span>;

function orNotStated(value: string | null): ReactNode {
  return value ?? notStated;
}

/** Who was inspected, when and by whom: the report's heading table as a GOV.UK summary list. */
export function AuthorityMeta({ report }: { report: InspectionReport }) {
  const dates = formatDateRange(report.inspection.start, report.inspection.end);
  return (
    <SummaryList
      rows={[
        { key: "Inspection dates", value: dates ?? notStated },
        { key: "Report date", value: <time dateTime={report.reportDate}>{formatDate(report.reportDate)}</time> },
        { key: "Commissioning PCT", value: orNotStated(report.commissioningPct) },
        { key: "CQC inspector", value: orNotStated(report.inspector) },
        {
          key: "Provider services",
          value:
            report.providers.length === 0 ? (
              notStated
            ) : (
              <ul className="m-0 [&>li+li]:mt-1">
                {report.providers.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            ),
        },
        { key: "CQC region", value: orNotStated(report.region) },
        { key: "Regional director", value: orNotStated(report.regionalDirector) },
      ]}
    />
  );
}
