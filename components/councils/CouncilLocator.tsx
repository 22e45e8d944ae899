import type { CouncilContext } from "@/lib/queries/councils";

/** A small map of England with the council's area marked: where it is, at a glance. */
export function CouncilLocator({ locator, name }: { locator: NonNullable<CouncilContext["locator"]>; name: string }) {
  return (
    <svg
      viewBox={`0 0 ${locator.width} ${locator.height}`}
      width={locator.width}
      height={locator.height}
      role="img"
      aria-label={`${name} marked on a map of England`}
      className="shrink-0"
    >
      <path d={locator.england} className="fill-grade-none stroke-secondary-ink [stroke-width:0.75]" />
      {locator.highlighted.map((d, i) => (
        <path key={i} d={d} className="fill-ink stroke-ink [stroke-width:1.5]" />
      ))}
    </svg>
  );
}
