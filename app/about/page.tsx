import type { Metadata } from "next";
import Link from "next/link";
import { RatingTag } from "@/components/RatingTag";
import { ScrollRegion } from "@/components/ScrollRegion";
import { SummaryList } from "@/components/SummaryList";

// Prerendered at build time: it reads no data. Like every page, it gets a
// policy naming its inline scripts by hash from the document layer
// (lib/document-layer/layer.mjs).
export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "About these reports",
  description:
    "What the Care Quality Commission's 2011–12 inspections of children's health services looked at, what the grades mean, and how to use this service.",
};

const GRADE_MEANINGS = [
  { grade: "Outstanding", meaning: "A service that significantly exceeds minimum requirements." },
  { grade: "Good", meaning: "A service that exceeds minimum requirements." },
  { grade: "Adequate", meaning: "A service that only meets minimum requirements." },
  { grade: "Inadequate", meaning: "A service that does not meet minimum requirements." },
];

// As the reports title them, with the Essential Standards outcome each stands for.
const OUTCOMES = [
  { outcome: "None", heading: "General – leadership and management", standard: "Leadership and management across the health services" },
  { outcome: "1", heading: "Involving Users", standard: "Respecting and involving people who use services" },
  { outcome: "2", heading: "Consent", standard: "Consent to care and treatment" },
  { outcome: "4", heading: "Care and welfare of people who use services", standard: "Care and welfare of people who use services" },
  { outcome: "6", heading: "Co-operating with others", standard: "Cooperating with other providers" },
  { outcome: "7", heading: "Safeguarding", standard: "Safeguarding people who use services from abuse" },
  {
    outcome: "11",
    heading: "Safety, availability and suitability of equipment",
    standard: "Safety, availability and suitability of equipment",
  },
  { outcome: "12", heading: "Staffing recruitment", standard: "Requirements relating to workers" },
  { outcome: "13", heading: "Staffing numbers", standard: "Staffing" },
  { outcome: "14", heading: "Staffing support", standard: "Supporting workers" },
  { outcome: "16", heading: "Audit and monitoring", standard: "Assessing and monitoring the quality of service provision" },
  { outcome: "20", heading: "Notification of other incidents", standard: "Notification of other incidents" },
  { outcome: "21", heading: "Records", standard: "Records" },
];

/** A table's caption in GOV.UK's heading-S size: 18px on a phone, 19px from tablet width. */
const CAPTION = "text-[1.125rem] sm:text-heading-s/[1.2]";

// The page is static prose: its length is the text's, not logic's.
// eslint-disable-next-line max-lines-per-function
export default function AboutPage() {
  return (
    <>
      <h1>About these reports</h1>
      <p className="text-body-l sm:text-2xl/tight">
        In 2011 and 2012 the Care Quality Commission (CQC) inspected the health side of each English council area&rsquo;s safeguarding and
        looked after children&rsquo;s services, alongside Ofsted&rsquo;s inspection of the council. This service holds CQC&rsquo;s reports
        so that they can be read, compared, searched and downloaded.
      </p>

      <h2>What a report contains</h2>
      <SummaryList
        rows={[
          {
            key: "Details",
            value:
              "Dates of the inspection and the report, the commissioning primary care trust, the lead inspector, the provider trusts and the region.",
          },
          {
            key: "Grades",
            value: "Six judgements, three for safeguarding and three for looked after children, each graded on Ofsted’s four-point scale.",
          },
          {
            key: "Context",
            value:
              "The number of children and young people in the area, of looked after children and of children with a child protection plan.",
          },
          { key: "Findings", value: "Numbered paragraphs, grouped under the CQC Essential Standards outcome they are evidence for." },
          {
            key: "Recommendations",
            value: "What the health services must do, grouped by deadline, some of them taken from Ofsted’s joint report.",
          },
        ]}
      />

      <h2>What the grades mean</h2>
      <table className="[&_:is(th,td)]:align-middle">
        <caption className={CAPTION}>Grades used in the inspections</caption>
        <thead>
          <tr>
            <th scope="col">Grade</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {GRADE_MEANINGS.map((g) => (
            <tr key={g.grade}>
              <th scope="row">
                <RatingTag grade={g.grade} />
              </th>
              <td>{g.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Grades are always written out: the colours only repeat what the words say.</p>

      <h2>How findings are grouped</h2>
      <p>
        Each finding is filed under one of the CQC Essential Standards of quality and safety, which the reports call outcomes. Only the
        outcomes below were looked at, so the numbers have gaps. On a report page each paragraph keeps its number from the report, and has
        its own link.
      </p>
      <ScrollRegion labelledBy="outcomes-caption">
        <table>
          <caption id="outcomes-caption" className={CAPTION}>
            Outcomes the findings are grouped by
          </caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Heading in the reports</th>
              <th scope="col">Essential Standard</th>
            </tr>
          </thead>
          <tbody>
            {OUTCOMES.map((o) => (
              <tr key={o.heading}>
                <td>{o.outcome}</td>
                <th scope="row">{o.heading}</th>
                <td>{o.standard}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <h2 id="evidence">How findings are read as evidence</h2>
      <p>
        Each finding paragraph is tagged by how its sentences read: a <strong>strength</strong> when they record only good practice, a{" "}
        <strong>concern</strong> when they record only shortcomings or gaps, <strong>mixed</strong> when they do both, and{" "}
        <strong>neutral</strong> when they describe without judging. Sentences raising a concern are marked in the text. Paragraphs and
        recommendations are also given <Link href="/themes">themes</Link> (such as consent or records) by what they talk about.
      </p>
      <p>
        This is a reading of the wording by fixed rules, the same for every report, not a judgement the Care Quality Commission made: use it
        to find and compare evidence, and read the paragraph before quoting it.
      </p>

      <h2>Recommendations and deadlines</h2>
      <p>
        Recommendations are grouped as the reports group them, usually &ldquo;Within 3 months&rdquo; or &ldquo;Within 6 months&rdquo; of the
        report. Some reports instead count from the inspection, give weeks, or ask for action immediately; the deadline is shown as the
        report wrote it, with the date it falls due.
      </p>
      <p>
        Some recommendations are extracts of Ofsted&rsquo;s joint report on the same inspection. They are marked &ldquo;Ofsted&rdquo; so
        that they can be told apart from CQC&rsquo;s own.
      </p>

      <h2>Using this service</h2>
      <ul>
        <li>
          <Link href="/">Browse the authorities</Link> and their grades, and open a report.
        </li>
        <li>
          <Link href="/compare">Compare two authorities</Link> outcome by outcome, side by side.
        </li>
        <li>
          <Link href="/recommendations">List recommendations</Link> and filter them by deadline, source or authority; download what you see
          as CSV or JSON.
        </li>
        <li>
          <Link href="/themes">See themes across councils</Link>: where consent, records and other themes are raised as concerns or
          strengths, with the paragraphs that say so.
        </li>
        <li>
          <Link href="/search">Search the findings and recommendations</Link>. Put a phrase in quotes, end a word with * to match its
          beginnings, and use OR and NOT.
        </li>
        <li>Every page has its own address: copy it to share exactly what you see.</li>
      </ul>

      <h2>Where the data comes from</h2>
      <p>
        The reports are the Care Quality Commission&rsquo;s published reports of its integrated inspections of safeguarding and looked after
        children&rsquo;s services, 2011–12. Their text is kept as published; this service reads the details, grades, findings and
        recommendations from it. A report that could not be read completely says what was missing on its page.
      </p>
    </>
  );
}
