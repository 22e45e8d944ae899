import type { MapState } from "@/lib/councils/map-view";
import { GRADE_SWATCH, STATE_WORDS } from "./grade-fill";

/** The map's key in words, each with its colour and how many councils have it. */
export function MapLegend({ title, counts }: { title: string; counts: Record<MapState, number> }) {
  const states: MapState[] = ["outstanding", "good", "adequate", "inadequate", "none"];
  return (
    <div>
      <h3 className="mb-2 text-body-m">{title}</h3>
      <ul className="m-0 list-none p-0">
        {states.map((state) => (
          <li key={state} className="mb-1 flex items-center gap-2">
            <span className={`inline-block size-5 shrink-0 border border-ink ${GRADE_SWATCH[state]}`} aria-hidden="true" />
            <span>
              {STATE_WORDS[state]}: {counts[state]} {counts[state] === 1 ? "council" : "councils"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
