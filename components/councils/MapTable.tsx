import Link from "next/link";
import { RatingTag } from "@/components/RatingTag";
import { ScrollRegion } from "@/components/ScrollRegion";
import { type MapRow, rowId } from "@/lib/councils/map-view";
import { formatDate } from "@/lib/formatting/format";

/** The map's information as a table: every council of 2023, its codes and the grade the map is coloured by. */
export function MapTable({ rows, gradeLabel }: { rows: MapRow[]; gradeLabel: string }) {
  return (
    <ScrollRegion labelledBy="map-table-caption">
      <table className="table">
        <caption id="map-table-caption" className="table-caption">
          The {rows.length} councils on the map: {gradeLabel.toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col">LA number</th>
            <th scope="col">ONS code</th>
            <th scope="col">Region</th>
            <th scope="col">Grade</th>
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.council.onsCode} id={rowId(row.council)}>
              <th scope="row">{row.council.name}</th>
              <td>{row.council.laNumber}</td>
              <td>{row.council.onsCode}</td>
              <td>{row.council.region}</td>
              <td>{row.report ? row.grade ? <RatingTag grade={row.grade} /> : "Not graded" : "No report loaded"}</td>
              <td>
                {row.report ? (
                  <Link href={`/authorities/${row.report.slug}`}>
                    {row.via ? `${row.via.name}’s report` : "Report"} of {formatDate(row.report.reportDate)}
                    <span className="sr-only"> ({row.council.name})</span>
                  </Link>
                ) : (
                  "None"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
