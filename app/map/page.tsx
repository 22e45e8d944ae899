import type { Metadata } from "next";
import { CouncilMap } from "@/components/councils/CouncilMap";
import { MapLegend } from "@/components/councils/MapLegend";
import { MapTable } from "@/components/councils/MapTable";
import { ReorganisedCouncils } from "@/components/councils/ReorganisedCouncils";
import { ErrorSummary } from "@/components/ErrorSummary";
import { MAP_GRADE_PARAM, MAP_GRADES, type MapState } from "@/lib/councils/map-view";
import { firstParam, type RawParams } from "@/lib/requests/params";
import { councilMap } from "@/lib/queries/councils";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Map of grades",
  description: "England's children's services authorities coloured by their inspection grade, with a table of the same.",
};

export default async function MapPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const given = firstParam((await searchParams).grade);
  const parsed = given === undefined ? null : MAP_GRADE_PARAM.safeParse(given);
  const view = await councilMap(parsed?.success ? parsed.data : "safeguarding");
  const counts = Object.fromEntries(["outstanding", "good", "adequate", "inadequate", "none"].map((s) => [s, 0])) as Record<
    MapState,
    number
  >;
  for (const row of view.rows) counts[row.grade ? (row.grade.toLowerCase() as MapState) : "none"]++;
  const londonCodes = new Set(view.london.areas.map((a) => a.onsCode));

  return (
    <>
      {parsed && !parsed.success && (
        <ErrorSummary
          title="The map could not be coloured as asked"
          errors={[`There is no grade '${given}': choose one from the list. The map shows overall safeguarding instead.`]}
        />
      )}
      <h1>Map of grades</h1>
      <p className="lead">
        England&rsquo;s {view.rows.length} children&rsquo;s services authorities (boundaries of 2023), coloured by a grade of their latest
        report. Select a council for its report.
      </p>

      <form method="get" action="/map" className="mb-8 flex flex-wrap items-end gap-4 print:hidden">
        <div className="form-group mb-0 max-w-full">
          <label className="label" htmlFor="grade">
            Colour the map by
          </label>
          <select className="select max-w-full" id="grade" name="grade" defaultValue={view.grade.id}>
            {MAP_GRADES.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button mb-0">
          Show
        </button>
      </form>

      <h2 id="map">{view.grade.label}</h2>
      <div className="grid gap-8 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <CouncilMap title={`Map of England's councils: ${view.grade.label.toLowerCase()}`} {...view.england} className="max-w-[600px]" />
        <div>
          <MapLegend title="Key" counts={counts} />
          <h3 className="mt-6 mb-2 text-body-m">London</h3>
          <CouncilMap title={`Map of London's boroughs: ${view.grade.label.toLowerCase()}`} {...view.london} className="max-w-[400px]" />
          <p className="hint mt-2">London&rsquo;s {londonCodes.size} boroughs, drawn larger; on the map of England they are left grey.</p>
        </div>
      </div>

      <h2 id="reorganised">Councils reorganised since 2011–12</h2>
      <p>
        The reports are of 2011–12. These councils have since been replaced; a report of one is drawn over the areas that succeeded it when
        no other council&rsquo;s report shares them.
      </p>
      <ReorganisedCouncils reorganised={view.reorganised} phrase={view.grade.phrase} />

      <h2 id="table">The map as a table</h2>
      <MapTable rows={view.rows} gradeLabel={view.grade.label} />
    </>
  );
}
