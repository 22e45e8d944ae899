import { RatingTag } from "@/components/RatingTag";
import { ScrollRegion } from "@/components/ScrollRegion";
import { SummaryList } from "@/components/SummaryList";
import { formatDate } from "@/lib/formatting/format";
import type { InspectionReport } from "@/lib/report/types";

const NUMERIC = "text-right tabular-nums";
/** The first two columns (deadline, due date) keep their words on one or two lines. */
const SHORT_CELL = "min-w-[6.5rem] max-sm:min-w-0 max-sm:py-0.5";

const orNotFound = (value: string | null) => value ?? "Not found";

/** What the parser read from a report, laid out for checking before it is saved. */
export function ReportPreview({ report }: { report: InspectionReport }) {
  return (
    <div>
      <h2>{report.authority}</h2>
      <PreviewSummary report={report} />
      <PreviewRatings report={report} />
      <PreviewFindings report={report} />
      <PreviewRecommendations report={report} />
      <h3>Warnings</h3>
      {report.warnings.length === 0 ? (
        <p>None: everything expected was found.</p>
      ) : (
        <ul>
          {report.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The report's details, each "Not found" when the parser did not find it. */
function PreviewSummary({ report }: { report: InspectionReport }) {
  return (
    <SummaryList
      rows={[
        { key: "Report date", value: formatDate(report.reportDate) },
        {
          key: "Inspection",
          value:
            report.inspection.start && report.inspection.end
              ? `${formatDate(report.inspection.start)} to ${formatDate(report.inspection.end)}`
              : "Not found",
        },
        { key: "Commissioning PCT", value: orNotFound(report.commissioningPct) },
        { key: "CQC inspector", value: orNotFound(report.inspector) },
        {
          key: "Provider services",
          value: report.providers.length ? (
            <ul className="mb-0">
              {report.providers.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            "Not found"
          ),
        },
        { key: "CQC region", value: orNotFound(report.region) },
        { key: "Regional director", value: orNotFound(report.regionalDirector) },
        {
          key: "Context figures",
          value: `${report.context.childrenPopulation?.toLocaleString("en-GB") ?? "?"} children and young people, ${report.context.lookedAfterChildren ?? "?"} looked after, ${report.context.childProtectionPlans ?? "?"} on a child protection plan`,
        },
      ]}
    />
  );
}

/** The ratings read, one row each. */
function PreviewRatings({ report }: { report: InspectionReport }) {
  return (
    <ScrollRegion labelledBy="preview-ratings-caption">
      <table>
        <caption id="preview-ratings-caption">Ratings ({report.ratings.length})</caption>
        <thead>
          <tr>
            {/* On a phone the inspection goes under the judgement, so that the grade stays on screen (it was cut off at 390 px). */}
            <th scope="col" className="max-sm:hidden">
              Inspection
            </th>
            <th scope="col">Judgement</th>
            <th scope="col">Grade</th>
          </tr>
        </thead>
        <tbody>
          {report.ratings.map((r, i) => (
            <tr key={i}>
              <td className="max-sm:hidden">{r.inspection === "safeguarding" ? "Safeguarding" : "Looked after children"}</td>
              <th scope="row">
                {r.judgement}
                <span className="block font-normal text-secondary-ink sm:hidden">
                  {r.inspection === "safeguarding" ? "Safeguarding" : "Looked after children"}
                </span>
              </th>
              <td>
                <RatingTag grade={r.grade} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The findings' sections read and how many paragraphs each has. */
function PreviewFindings({ report }: { report: InspectionReport }) {
  const paragraphs = report.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  return (
    <ScrollRegion labelledBy="preview-findings-caption">
      <table>
        <caption id="preview-findings-caption">
          Findings: {report.sections.length} sections, {paragraphs} paragraphs
        </caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Outcome</th>
            <th scope="col" className={NUMERIC}>
              Paragraphs
            </th>
          </tr>
        </thead>
        <tbody>
          {report.sections.map((s) => (
            <tr key={s.number}>
              <td>{s.number}</td>
              <th scope="row">{s.outcome === null ? s.title : `Outcome ${s.outcome}: ${s.title}`}</th>
              <td className={NUMERIC}>{s.paragraphs.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The recommendations read; on a phone each becomes a block with labelled cells (.stacked-table in globals.css). */
function PreviewRecommendations({ report }: { report: InspectionReport }) {
  return (
    <table className="stacked-table text-body-s print:text-[10pt]" role="table">
      <caption>Recommendations ({report.recommendations.length})</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            Deadline
          </th>
          <th scope="col" role="columnheader">
            Due
          </th>
          <th scope="col" role="columnheader">
            Recommendation
          </th>
          <th scope="col" role="columnheader">
            Source
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {report.recommendations.map((r, i) => (
          <tr key={i} role="row" className="max-sm:py-3">
            <td role="cell" data-label="Deadline" className={SHORT_CELL}>
              {r.deadline.label}
            </td>
            <td role="cell" data-label="Due" className={`${SHORT_CELL} whitespace-nowrap`}>
              {formatDate(r.dueDate)}
            </td>
            <td role="cell" data-label="Recommendation" className="w-[45%] max-sm:w-auto max-sm:py-1.5 max-sm:before:content-none">
              {r.text}
            </td>
            <td role="cell" data-label="Source" className="max-sm:py-0.5">
              {r.attribution ?? r.source}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
