/**
 * GOV.UK contents list of an authority's page: links with a dash before each, in a row on wider screens. The findings'
 * sections are not listed: each is linked from the findings at a glance table, which keeps the page within its height.
 */
export function AuthorityContents({ hasNotes }: { hasNotes: boolean }) {
  return (
    <nav
      className="mt-8 mb-10 print:hidden sm:[&_ol]:flex sm:[&_ol]:flex-wrap sm:[&_ol]:gap-x-8 [&_li]:relative [&_li]:my-[0.3rem] [&_li]:pl-6 [&_li]:text-body-s [&_li]:before:absolute [&_li]:before:left-0 [&_li]:before:text-secondary-ink [&_li]:before:content-['—'] [&_ol]:m-0 [&_ol]:list-none [&_ol]:p-0 [&_ol_ol]:mt-[0.3rem]"
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
