import { sectionId, sectionTitle } from "@/lib/authorities/authority-page";
import type { FindingSection } from "@/lib/report/types";

/** GOV.UK contents list of an authority's page: links with a dash before each, the findings' sections nested. */
export function AuthorityContents({
  sections,
  hasNotes,
}: {
  sections: Pick<FindingSection, "number" | "outcome" | "title">[];
  hasNotes: boolean;
}) {
  return (
    <nav
      className="mt-8 mb-10 print:hidden [&_li]:relative [&_li]:my-[0.3rem] [&_li]:pl-6 [&_li]:text-body-s [&_li]:before:absolute [&_li]:before:left-0 [&_li]:before:text-secondary-ink [&_li]:before:content-['—'] [&_ol]:m-0 [&_ol]:list-none [&_ol]:p-0 [&_ol_ol]:mt-[0.3rem]"
      aria-labelledby="contents-heading"
    >
      <h2 id="contents-heading" className="mb-2 text-body-m">
        Contents
      </h2>
      <ol>
        <li>
          <a href="#ratings">Ratings</a>
        </li>
        <li>
          <a href="#context">Context</a>
        </li>
        <li>
          <a href="#findings">Findings</a>
          <ol>
            {sections.map((s) => (
              <li key={s.number}>
                <a href={`#${sectionId(s.number)}`}>
                  {s.number}. {sectionTitle(s)}
                </a>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <a href="#recommendations">Recommendations</a>
        </li>
        <li>
          <a href="#next-steps">Next steps</a>
        </li>
        {hasNotes && (
          <li>
            <a href="#data-notes">Notes on this data</a>
          </li>
        )}
      </ol>
    </nav>
  );
}
