import type { MapState } from "@/lib/councils/map-view";

/** Fill of a council's shape by its grade; whole class names, so that Tailwind finds them. */
export const GRADE_FILL: Record<MapState, string> = {
  outstanding: "fill-grade-outstanding",
  good: "fill-grade-good",
  adequate: "fill-grade-adequate",
  inadequate: "fill-grade-inadequate",
  none: "fill-grade-none",
};

/** The same colour as a swatch's background, for the legend. */
export const GRADE_SWATCH: Record<MapState, string> = {
  outstanding: "bg-grade-outstanding",
  good: "bg-grade-good",
  adequate: "bg-grade-adequate",
  inadequate: "bg-grade-inadequate",
  none: "bg-grade-none",
};

export const STATE_WORDS: Record<MapState, string> = {
  outstanding: "Outstanding",
  good: "Good",
  adequate: "Adequate",
  inadequate: "Inadequate",
  none: "No report loaded",
};
