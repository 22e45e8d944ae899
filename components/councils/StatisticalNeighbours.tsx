import Link from "next/link";
import type { NeighbourEntry } from "@/lib/councils/neighbours-view";

/** A council's ten statistical neighbours, most similar first, each said to have a report or not, with a comparison where it has. */
export function StatisticalNeighbours({ neighbours, name }: { neighbours: NeighbourEntry[]; name: string }) {
  return (
    <ol className="[&>li+li]:mt-1">
      {neighbours.map((n) => (
        <li key={n.council.laNumber}>
          {n.report ? <Link href={`/authorities/${n.report.slug}`}>{n.council.name}</Link> : n.council.name}
          {" – "}
          {n.compareHref ? (
            <>
              report loaded:{" "}
              <Link href={n.compareHref}>
                compare {name} with {n.council.name}
              </Link>
            </>
          ) : (
            <span className="hint">no report loaded</span>
          )}
        </li>
      ))}
    </ol>
  );
}
