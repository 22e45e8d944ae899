/**
 * The councils a search's words name, before the paragraphs (issue 26): a
 * reader who types a council's name in the header's search box is offered
 * the council itself first.
 */
export function SearchCouncils({ found }: { found: { councils: { slug: string; name: string }[]; total: number } }) {
  if (found.councils.length === 0) return null;
  const { councils, total } = found;
  return (
    <section aria-labelledby="search-councils" className="mb-7.5">
      <h2 id="search-councils" className="mb-2">
        {total === 1 ? "Council" : "Councils"} matching your search
      </h2>
      <ul className="m-0 list-none p-0">
        {councils.map((c) => (
          <li key={c.slug} className="mb-1">
            <a href={`/authorities/${c.slug}`} className="font-bold">
              {c.name}
            </a>
          </li>
        ))}
      </ul>
      {total > councils.length && (
        <p className="hint mt-2">
          These are the first {councils.length} of {total.toLocaleString("en-GB")}: search for more of a name to narrow them.
        </p>
      )}
    </section>
  );
}
