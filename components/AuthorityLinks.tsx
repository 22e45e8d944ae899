import Link from "next/link";

/**
 * Where to go from an authority's page: a comparison with it, its report as data, the shown report's findings as CSV
 * (`earlierReport`: the date of the report shown when it is not the latest).
 */
export function AuthorityLinks({ slug, name, earlierReport }: { slug: string; name: string; earlierReport?: string }) {
  const api = `/api/authorities/${encodeURIComponent(slug)}`;
  return (
    <ul className="mb-8 flex list-none flex-wrap gap-x-8 gap-y-2 p-0 print:hidden">
      <li>
        <Link href={`/compare?a=${encodeURIComponent(slug)}`}>Compare {name} with another authority</Link>
      </li>
      <li>
        <a href={api}>
          {name}&rsquo;s latest report as JSON<span className="sr-only"> (data for developers)</span>
        </a>
      </li>
      <li>
        <a href={`${api}?${earlierReport ? `report=${earlierReport}&` : ""}format=csv`} download>
          Download the findings as CSV<span className="sr-only"> (a row per paragraph, for a spreadsheet)</span>
        </a>
      </li>
    </ul>
  );
}
