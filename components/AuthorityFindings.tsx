import { type PlacedFootnote, paragraphId, placeFootnotes, sectionId, sectionTitle } from "@/lib/authority-view";
import { AssessedText } from "@/components/evidence/AssessedText";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { THEMES } from "@/lib/findings";
import type { AssessedSection, Footnote } from "@/lib/report/types";

const THEME_NAME = new Map(THEMES.map((t) => [t.id, t.name]));

function FootnoteList({ footnotes, title }: { footnotes: PlacedFootnote[]; title: string }) {
  return (
    <div className="footnotes">
      <h4 className="footnotes__title">{title}</h4>
      <ol className="footnotes__list">
        {footnotes.map((f) => (
          <li key={f.id} id={f.id} className="footnotes__item">
            <span className="footnotes__marker">Note {f.marker}</span>
            {f.ref !== null && (
              <>
                {" "}
                (paragraph <a href={`#${paragraphId(f.ref)}`}>{f.ref}</a>)
              </>
            )}
            : {f.text}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The findings, section by section. Every paragraph carries its ref as a link
 * to its own anchor (`#p-6-5`), so it can be cited and copied, and how it
 * reads as evidence: a tag, its concern sentences marked, and its themes.
 */
export function AuthorityFindings({ sections, footnotes, slug }: { sections: AssessedSection[]; footnotes: Footnote[]; slug: string }) {
  const placed = placeFootnotes(sections, footnotes);
  const seen = new Set<string>();
  // A ref printed twice still gets one anchor each: the second gets a suffix.
  const idFor = (ref: string) => {
    let id = paragraphId(ref);
    for (let n = 2; seen.has(id); n++) id = `${paragraphId(ref)}-${n}`;
    seen.add(id);
    return id;
  };
  return (
    <>
      {sections.map((section) => {
        const notes = placed.bySection.get(section.number);
        return (
          <section key={section.number} className="findings-section">
            <h3 id={sectionId(section.number)}>
              <span className="findings-section__number">{section.number}.</span> {sectionTitle(section)}
            </h3>
            {section.paragraphs.map((p) => {
              const id = idFor(p.ref);
              const cited = placed.byParagraph.get(p.ref);
              return (
                <div key={id} id={id} className="report-para">
                  <a href={`#${id}`} className="report-para__ref">
                    <span className="visually-hidden">Paragraph </span>
                    {p.ref}
                  </a>
                  <p className="report-para__text">
                    <AssessmentTag assessment={p.assessment} className="mr-2" />
                    <AssessedText paragraph={p} />
                    {cited?.map((f) => (
                      <span key={f.id}>
                        {" "}
                        <a href={`#${f.id}`} className="footnote-ref">
                          (note {f.marker})
                        </a>
                      </span>
                    ))}
                  </p>
                  {p.themes.length > 0 && (
                    <p className="report-para__themes mt-1 text-base text-[#484949]">
                      Themes:{" "}
                      {p.themes.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ", "}
                          <a href={`/themes/${id}?authority=${encodeURIComponent(slug)}`}>{THEME_NAME.get(id) ?? id}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </div>
              );
            })}
            {notes && <FootnoteList footnotes={notes} title={notes.length === 1 ? "Note" : "Notes"} />}
          </section>
        );
      })}
      {placed.unplaced.length > 0 && <FootnoteList footnotes={placed.unplaced} title="Other notes" />}
    </>
  );
}
