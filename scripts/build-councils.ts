/**
 * npm run build:councils: derives the committed council lookup and map
 * geometry (lib/councils/data/) from the public data in seed/data/ and the
 * district boundaries (too large to keep in the repository, 900 KB):
 *
 *   npx tsx scripts/build-councils.ts [folder with local-authority-district-boundaries-2023.geojson]
 *
 * The folder defaults to ../shared/data. The output is committed: the app
 * never reads the source files at run time. Sources and licence: seed/data/SOURCES.md.
 */
import fs from "node:fs";
import path from "node:path";
import { geoTransverseMercator } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import { topology } from "topojson-server";
import { planarTriangleArea, presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { FORMER_AUTHORITIES, type CouncilRecord } from "../lib/councils/records";

const root = path.resolve(import.meta.dirname, "..");
const seedData = path.join(root, "seed", "data");
const outDir = path.join(root, "lib", "councils", "data");
const boundariesDir = path.resolve(process.argv[2] ?? path.join(root, "..", "shared", "data"));

/** RFC 4180 rows (quoted fields may hold commas), the first row as keys. */
function readCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ",") endCell();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((v) => v !== ""));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? "").trim()])));
}

const list = (value: string) => (value ? value.split(",").map((v) => v.trim()) : []);

/** "[Kingston Upon Hull, Hull]" lists other names; "[BCP, Bournemouth, Christchurch & Poole]" is one of them with a comma inside. */
function otherNames(value: string): string[] {
  const inner = value.replace(/^\[|\]$/g, "").trim();
  if (!inner) return [];
  if (inner.startsWith("BCP,")) return ["BCP", inner.slice(4).trim()];
  return list(inner);
}

function councilRecords(): CouncilRecord[] {
  const rows = readCsv(path.join(seedData, "local-authorities.csv"));
  const records = rows.map((r): CouncilRecord => {
    const current = list(r.stat_neighbours);
    return {
      laNumber: r.la_code,
      // Cumbria, Northamptonshire and Poole no longer exist: the lookup keeps their last ONS code in ltla23_ons.
      onsCode: r.la_code_new || r.ltla23_ons,
      name: r.local_authority_ons_name,
      otherNames: otherNames(r.also_known_as),
      region: r.region_name,
      type: r.ons_la_type || null,
      population0to25: r["ons_population_0-25"] ? Number(r["ons_population_0-25"]) : null,
      neighbours: current.length > 0 ? current : list(r.stat_neighbours_previous),
      neighboursFrom: current.length > 0 ? "current" : r.stat_neighbours_previous ? "previous" : null,
      current: r.la_code_new !== "",
      successors: [],
    };
  });
  const unlisted = FORMER_AUTHORITIES.filter((f) => !records.some((r) => r.laNumber === f.laNumber));
  return [...records, ...unlisted].map((r) => {
    const former = FORMER_AUTHORITIES.find((f) => f.laNumber === r.laNumber);
    return former ? { ...r, current: false, successors: former.successors } : r;
  });
}

type Shape = Feature<Polygon | MultiPolygon, { code: string }>;

/**
 * Projected once, here: transverse Mercator on British National Grid's central
 * meridian (2° W), in kilometres, y downwards as SVG has it. The app then draws
 * plane shapes (d3's geoIdentity), with no spherical clipping at run time.
 */
const project = geoTransverseMercator().rotate([2, 0]).scale(6371).translate([0, 0]) as unknown as (
  point: [number, number],
) => [number, number];

function projected<F extends Feature<Polygon | MultiPolygon, { LAD23CD: string }>>(district: F): F {
  const ring = (points: number[][]) => points.map(([lon, lat]) => project([lon, lat]).map((v) => Math.round(v * 100) / 100));
  const geometry =
    district.geometry.type === "Polygon"
      ? { type: "Polygon" as const, coordinates: district.geometry.coordinates.map(ring) }
      : { type: "MultiPolygon" as const, coordinates: district.geometry.coordinates.map((polygon) => polygon.map(ring)) };
  return { ...district, geometry };
}

/** The 2023 districts grouped into their upper-tier authorities, simplified, and merged along their shared edges. */
function authorityShapes(codes: Set<string>): Shape[] {
  const districts = JSON.parse(
    fs.readFileSync(path.join(boundariesDir, "local-authority-district-boundaries-2023.geojson"), "utf8"),
  ) as FeatureCollection<Polygon | MultiPolygon, { LAD23CD: string }>;
  const upper = new Map(readCsv(path.join(seedData, "lad23-to-county23.csv")).map((r) => [r.LTLA23CD, r.UTLA23CD]));
  const english = districts.features.filter((f) => f.properties.LAD23CD.startsWith("E")).map(projected);
  const topo = topology({ districts: { type: "FeatureCollection", features: english } as FeatureCollection }, 1e5);
  // Keep the points that carry 4 % of the shape detail by area: 153 councils at page size, not survey detail.
  const pre = presimplify(topo as unknown as Parameters<typeof presimplify>[0], planarTriangleArea);
  const simple = simplify(pre, quantile(pre, 0.96)) as Topology<{ districts: GeometryCollection<{ LAD23CD: string }> }>;
  const byAuthority = new Map<string, GeometryCollection<{ LAD23CD: string }>["geometries"]>();
  for (const g of simple.objects.districts.geometries) {
    const district = (g.properties as { LAD23CD: string }).LAD23CD;
    const code = upper.get(district);
    if (!code) throw new Error(`District ${district} is not in lad23-to-county23.csv`);
    byAuthority.set(code, [...(byAuthority.get(code) ?? []), g]);
  }
  const missing = [...codes].filter((c) => !byAuthority.has(c));
  if (missing.length > 0) throw new Error(`No districts for ${missing.join(", ")}`);
  return [...codes].sort().map((code) => ({
    type: "Feature",
    properties: { code },
    geometry: merge(simple as unknown as Topology, byAuthority.get(code)! as never),
  }));
}

function main() {
  const records = councilRecords();
  const current = records.filter((r) => r.current);
  const shapes = authorityShapes(new Set(current.map((r) => r.onsCode)));
  // One topology again, so that neighbouring councils share their edges in the file.
  const out = topology({ authorities: { type: "FeatureCollection", features: shapes } as FeatureCollection }, 2e4) as Topology;
  const check = feature(out, out.objects.authorities) as FeatureCollection;
  if (check.features.length !== current.length) throw new Error(`${check.features.length} shapes for ${current.length} councils`);
  fs.mkdirSync(outDir, { recursive: true });
  // One council a line: a change to the lookup reads as a change to its lines.
  fs.writeFileSync(path.join(outDir, "councils.json"), `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`);
  fs.writeFileSync(path.join(outDir, "england-2023.topo.json"), JSON.stringify(out));
  const size = fs.statSync(path.join(outDir, "england-2023.topo.json")).size;
  console.log(`${records.length} councils (${current.length} current, with shapes); geometry ${(size / 1024).toFixed(1)} KB`);
}

main();
