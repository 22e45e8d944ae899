import { type PlacedFootnote, paragraphId, placeFootnotes, sectionId, sectionTitle } from "@/lib/authorities/authority-page";
import { AssessedText } from "@/components/evidence/AssessedText";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { ConcernExcerpts } from "@/components/evidence/ConcernExcerpts";
import { ReviewedMark } from "@/components/evidence/ReviewedMark";
import { Fold } from "@/components/folds/Fold";
import { FoldControls } from "@/components/folds/FoldControls";
import { concernExcerpts, countAssessments, describeAssessmentCounts } from "@/lib/evidence/display";
import { THEMES } from "@/lib/assessment";
import type { AssessedParagraph, AssessedSection, Footnote } from "@/lib/report/types";

const THEME_NAME = new Map(THEMES.map((t) => [t.id, t.name]));

/**
 * A paragraph with its citable number: on small screens the number starts its
 * first line; larger, it sits in a margin. Highlighted when it is the target of
 * the URL, but not in print.
 */
const PARAGRAPH =
  "report-para group -mx-2 flow-root scroll-mt-4 px-2 sm:grid sm:grid-cols-[3.75rem_minmax(0,1fr)] sm:gap-x-2 target:bg-highlight target:shadow-[inset_5px_0_0_var(--color-ink)] print:break-inside-avoid print:target:bg-transparent print:target:shadow-none";
const PARAGRAPH_REF =
  "float-left mr-[0.6rem] self-start justify-self-start leading-[1.2] font-bold tabular-nums sm:float-none sm:mr-0 sm:leading-[inherit]";

function FootnoteList({ footnotes, title }: { footnotes: PlacedFootnote[]; title: string }) {
  return (
    <div className="footnotes mb-6 border-t border-border pt-2 text-body-s print:text-[10pt]">
      <h4 className="m-0 mb-1 text-body-s font-bold">{title}</h4>
      <ol className="m-0 list-none p-0">
        {footnotes.map((f) => (
          <li key={f.id} id={f.id} className="scroll-mt-4 target:bg-highlight print:break-inside-avoid print:target:bg-transparent">
            <span className="font-bold">Note {f.marker}</span>
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

/** A paragraph: its number (a link to itself), its tag, its text with concerns marked, its notes and its themes. */
function Paragraph({
  paragraph: p,
  id,
  cited,
  slug,
}: {
  paragraph: AssessedParagraph;
  id: string;
  cited?: PlacedFootnote[];
  slug: string;
}) {
  return (
    <div id={id} className={PARAGRAPH}>
      <a href={`#${id}`} className={PARAGRAPH_REF}>
        <span className="sr-only">Paragraph </span>
        {p.ref}
      </a>
      <p className="mb-4 group-target:mb-3 group-target:py-1">
        <AssessmentTag assessment={p.assessment} className="mr-2" />
        <AssessedText paragraph={p} />
        {cited?.map((f) => (
          <span key={f.id}>
            {" "}
            <a href={`#${f.id}`} className="text-[0.875em] whitespace-nowrap">
              (note {f.marker})
            </a>
          </span>
        ))}
      </p>
      <ReviewedMark paragraph={p} className="sm:col-start-2" />
      {p.themes.length > 0 && (
        <p className="report-para__themes mt-1 text-base text-dark-grey sm:col-start-2">
          Themes:{" "}
          {p.themes.map((theme, i) => (
            <span key={theme}>
              {i > 0 && ", "}
              <a href={`/themes/${theme}?authority=${encodeURIComponent(slug)}`}>{THEME_NAME.get(theme) ?? theme}</a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** A section while folded: its concerns in a line or two. */
function SectionConcerns({ section }: { section: AssessedSection }) {
  const excerpts = concernExcerpts(section.paragraphs, 120);
  if (excerpts.items.length === 0) return null;
  return (
    <div className="mb-1">
      <ConcernExcerpts excerpts={excerpts} href={(ref) => `#${paragraphId(ref)}`} className="max-w-none" />
    </div>
  );
}

/**
 * The findings, section by section, each folded (issue 24) under its counts
 * and concerns; a link to a paragraph opens its fold (OpenTargetFold). Every paragraph carries its ref as a link
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
      <FoldControls what="sections" />
      {sections.map((section) => {
        const notes = placed.bySection.get(section.number);
        return (
          <section key={section.number} className="findings-section mb-2 border-t border-border">
            <h3 id={sectionId(section.number)} className="mt-2 mb-1 scroll-mt-4">
              <span className="findings-section__number">{section.number}.</span> {sectionTitle(section)}
            </h3>
            <SectionConcerns section={section} />
            {/* The fold's summary is its count: each paragraph once, under its own tag. */}
            <Fold
              summary={
                <>
                  <span className="section-glance__counts">{describeAssessmentCounts(countAssessments(section.paragraphs))}</span>
                  <span className="sr-only"> in section {section.number}</span>
                </>
              }
            >
              {section.paragraphs.map((p) => (
                <Paragraph key={p.ref} paragraph={p} id={idFor(p.ref)} cited={placed.byParagraph.get(p.ref)} slug={slug} />
              ))}
              {notes && <FootnoteList footnotes={notes} title={notes.length === 1 ? "Note" : "Notes"} />}
            </Fold>
          </section>
        );
      })}
      {placed.unplaced.length > 0 && <FootnoteList footnotes={placed.unplaced} title="Other notes" />}
    </>
  );
}
