import { Fold } from "@/components/folds/Fold";
import type { Facet, FacetValue } from "@/lib/search/facets";

/** Values a facet shows before the rest are folded away. */
const SHOWN = 8;

const count = (n: number) => n.toLocaleString("en-GB");

/** A value: a link that narrows the search to it; the value in use is said, and removed from "Filters applied". */
function FacetItem({ value }: { value: FacetValue }) {
  if (value.selected) {
    return (
      <li className="mb-1">
        <strong>{value.label}</strong> <span className="whitespace-nowrap">({count(value.count)})</span>
        <span className="sr-only">, the filter in use</span>
      </li>
    );
  }
  return (
    <li className="mb-1">
      <a href={value.href}>
        {value.label} <span className="whitespace-nowrap">({count(value.count)})</span>
      </a>
    </li>
  );
}

/**
 * The matches' facets, in the manner of Datasette: per council, region,
 * outcome, theme and mark, each value with its count and a link that narrows
 * the search to it. A long facet shows its largest values and folds the rest.
 */
export function SearchFacets({ facets }: { facets: Facet[] }) {
  return (
    <nav aria-labelledby="facets-heading" className="search-facets text-body-s print:hidden">
      <h3 id="facets-heading" className="text-body-m">
        Narrow the results
      </h3>
      {facets
        .filter((f) => f.values.length > 0)
        .map((f) => (
          // Not a labelled region: "Theme", "Outcome" and "Region" already label the form's fields.
          <div key={f.key} className="search-facet mb-5" data-facet={f.key}>
            <h4 id={`facet-${f.key}`} className="mb-1 text-body-s">
              {f.title}
            </h4>
            <ul className="m-0 list-none p-0">
              {f.values.slice(0, SHOWN).map((v) => (
                <FacetItem key={v.label} value={v} />
              ))}
            </ul>
            {f.values.length > SHOWN && (
              <Fold
                summary={
                  <>
                    {f.values.length - SHOWN} more<span className="sr-only"> {f.title.toLowerCase()} values</span>
                  </>
                }
              >
                <ul className="m-0 list-none p-0">
                  {f.values.slice(SHOWN).map((v) => (
                    <FacetItem key={v.label} value={v} />
                  ))}
                </ul>
              </Fold>
            )}
          </div>
        ))}
    </nav>
  );
}
