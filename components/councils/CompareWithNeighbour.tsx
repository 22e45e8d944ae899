import Link from "next/link";
import type { NeighbourEntry } from "@/lib/councils/neighbours-view";

/** "Compare with a statistical neighbour": links to comparisons of the first authority with each of its neighbours that has a report. */
export function CompareWithNeighbour({ name, neighbours, exclude }: { name: string; neighbours: NeighbourEntry[]; exclude?: string }) {
  const comparable = neighbours.filter((n) => n.compareHref && n.report?.slug !== exclude);
  return (
    <section aria-labelledby="compare-neighbour" className="mb-8 print:hidden">
      <h2 id="compare-neighbour">Compare with a statistical neighbour</h2>
      {neighbours.length === 0 ? (
        <p>{name} has no statistical neighbours in the council lookup.</p>
      ) : comparable.length === 0 ? (
        <p>
          None of {name}&rsquo;s ten statistical neighbours{exclude ? " other than this one" : ""} has a report loaded:{" "}
          {neighbours.map((n) => n.council.name).join(", ")}.
        </p>
      ) : (
        <ul>
          {comparable.map((n) => (
            <li key={n.council.laNumber}>
              <Link href={n.compareHref!}>
                Compare {name} with {n.council.name}
              </Link>{" "}
              <span className="hint">(neighbour {n.rank} of 10)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
