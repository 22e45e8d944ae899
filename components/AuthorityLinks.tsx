import Link from "next/link";

/** Where to go from an authority's page: a comparison with it, its report as data. */
export function AuthorityLinks({ slug, name }: { slug: string; name: string }) {
  return (
    <ul className="mb-8 flex list-none flex-wrap gap-x-8 gap-y-2 p-0 print:hidden">
      <li>
        <Link href={`/compare?a=${encodeURIComponent(slug)}`}>Compare {name} with another authority</Link>
      </li>
      <li>
        <a href={`/api/authorities/${encodeURIComponent(slug)}`}>
          {name}&rsquo;s latest report as JSON<span className="sr-only"> (data for developers)</span>
        </a>
      </li>
    </ul>
  );
}
