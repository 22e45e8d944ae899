import Link from "next/link";
import type { MapView } from "@/lib/councils/map-view";

/** Councils of 2011–12 since reorganised, in words: whose report stands for which 2023 areas on the map. */
export function ReorganisedCouncils({ reorganised, phrase }: { reorganised: MapView["reorganised"]; phrase: string }) {
  return (
    <ul>
      {reorganised.map(({ council, report, grade, successors }) => {
        const areas = successors.map((s) => s.name).join(" and ");
        const shared = reorganised.filter((r) => r.report && r.successors.some((s) => successors.includes(s))).length > 1;
        return (
          <li key={council.laNumber}>
            {report ? <Link href={`/authorities/${report.slug}`}>{council.name}</Link> : council.name} (LA {council.laNumber}
            {council.onsCode ? `, ONS ${council.onsCode}` : ""}), now {areas}:{" "}
            {report
              ? `${phrase} ${grade ? grade.toLowerCase() : "not graded"}; ${
                  shared
                    ? `its area is shared with another council with a report, so ${areas} is not coloured by either`
                    : `drawn over ${areas}`
                }.`
              : "no report loaded."}
          </li>
        );
      })}
    </ul>
  );
}
