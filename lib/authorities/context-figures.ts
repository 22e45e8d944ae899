import type { ContextFigures } from "../report/types";

/** A count per 10,000 children and young people, to one decimal place; null when either is unknown. */
function ratePer10k(count: number | null, population: number | null): number | null {
  if (count === null || population === null || population <= 0) return null;
  return Math.round((count / population) * 100_000) / 10;
}

export interface FigureRow {
  key: "childrenPopulation" | "lookedAfterChildren" | "childProtectionPlans";
  label: string;
  value: number | null;
  /** Per 10,000 children; null for the population row itself. */
  rate: number | null;
}

/** The context figures as rows: raw numbers and, for the two counts, rates per 10,000 children. */
export function figureRows(context: Omit<ContextFigures, "text">): FigureRow[] {
  const population = context.childrenPopulation;
  return [
    { key: "childrenPopulation", label: "Children and young people", value: population, rate: null },
    {
      key: "lookedAfterChildren",
      label: "Looked after children",
      value: context.lookedAfterChildren,
      rate: ratePer10k(context.lookedAfterChildren, population),
    },
    {
      key: "childProtectionPlans",
      label: "Children on a child protection plan",
      value: context.childProtectionPlans,
      rate: ratePer10k(context.childProtectionPlans, population),
    },
  ];
}
