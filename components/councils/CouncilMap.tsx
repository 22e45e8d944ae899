import type { MapArea } from "@/lib/councils/map-view";
import { GRADE_FILL } from "./grade-fill";

/**
 * Councils drawn as SVG on the server: each shape a link named in words
 * ("Barnet: safeguarding good"), so the map is read by keyboard and screen
 * reader as a list of links, and needs no script. `muted` shapes (London on
 * the map of England, shown in its own inset) are drawn but not links.
 */
export function CouncilMap({
  title,
  width,
  height,
  areas,
  muted = [],
  className = "",
}: {
  title: string;
  width: number;
  height: number;
  areas: MapArea[];
  muted?: { d: string }[];
  className?: string;
}) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className={`block h-auto w-full ${className}`} role="group" aria-label={title}>
      <g aria-hidden="true" className="fill-grade-none stroke-border [stroke-width:0.5]">
        {muted.map((m, i) => (
          <path key={i} d={m.d} />
        ))}
      </g>
      {areas.map((area) => (
        <a
          key={area.onsCode}
          href={area.href}
          aria-label={area.label}
          className="outline-none [&:focus-visible>path]:stroke-ink [&:focus-visible>path]:[stroke-width:3] [&:hover>path]:stroke-ink [&:hover>path]:[stroke-width:1.5]"
        >
          <title>{area.label}</title>
          <path d={area.d} className={`${GRADE_FILL[area.state]} stroke-white [stroke-width:0.5] [stroke-linejoin:round]`} />
        </a>
      ))}
    </svg>
  );
}
