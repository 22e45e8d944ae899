import { geoIdentity, geoPath } from "d3-geo";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import topologyJson from "./data/england-2023.topo.json";

/*
 * England's 153 children's services authorities of 2023 as SVG paths, drawn
 * with d3-geo from the simplified shapes scripts/build-councils.ts commits.
 * The geometry never changes while the server runs, so each drawing (map,
 * London inset, locator) is made once per size and kept.
 */

type Shapes = Topology<{ authorities: GeometryCollection<{ code: string }> }>;

const topology = topologyJson as unknown as Shapes;
const areas = (feature(topology, topology.objects.authorities) as FeatureCollection<Polygon | MultiPolygon, { code: string }>).features;

/** One authority's outline: its ONS code and the SVG path data. */
export interface DrawnArea {
  onsCode: string;
  d: string;
}

export interface Drawing {
  width: number;
  height: number;
  areas: DrawnArea[];
}

const drawings = new Map<string, Drawing>();

/** A plane projection scaling these shapes to `width`, their top at 0, and the height they then take. */
function fitted(width: number, collection: FeatureCollection) {
  const projection = geoIdentity().fitExtent(
    [
      [0, 0],
      [width, 1e6],
    ],
    collection,
  );
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const [x, y] = projection.translate();
  projection.translate([x, y - top]);
  return { projection, height: Math.ceil(bottom - top) };
}

/**
 * The authorities whose codes pass `keep`, fitted to `width` (the shapes are
 * projected already: plane coordinates, y downwards), with coordinates to
 * `digits` decimals: at page size a tenth of a pixel is finer than the eye.
 */
export function drawAreas(key: string, width: number, keep: (onsCode: string) => boolean = () => true, digits = 1): Drawing {
  const kept = drawings.get(key);
  if (kept) return kept;
  const chosen = areas.filter((a) => keep(a.properties.code));
  const collection: FeatureCollection = { type: "FeatureCollection", features: chosen };
  const { projection, height } = fitted(width, collection);
  const path = geoPath(projection).digits(digits);
  const drawing = { width, height, areas: chosen.map((a) => ({ onsCode: a.properties.code, d: path(a) ?? "" })) };
  drawings.set(key, drawing);
  return drawing;
}

export const isLondon = (onsCode: string) => onsCode.startsWith("E09");

/** The whole of England as one outline and the chosen authorities within it, small: a locator map. */
export function drawLocator(width: number, highlight: string[]): { width: number; height: number; england: string; highlighted: string[] } {
  const all = drawAreas(`locator-${width}`, width, () => true, 0);
  let england = drawings.get(`england-${width}`)?.areas[0]?.d;
  if (england === undefined) {
    const outline = merge(topology, topology.objects.authorities.geometries as never);
    const { projection } = fitted(width, { type: "FeatureCollection", features: areas });
    england = geoPath(projection).digits(0)(outline) ?? "";
    drawings.set(`england-${width}`, { width, height: all.height, areas: [{ onsCode: "england", d: england }] });
  }
  return {
    width,
    height: all.height,
    england,
    highlighted: all.areas.filter((a) => highlight.includes(a.onsCode)).map((a) => a.d),
  };
}
