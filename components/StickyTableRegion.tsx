import type { ReactNode } from "react";

/**
 * A long table that keeps its bearings (issue 26): it scrolls both ways
 * inside a region of at most 70% of the window's height, marked by a border,
 * with its headings (thead) and first column staying in place, so that every
 * cell can be read against its council and its column. The region is
 * focusable (keyboard scrolling) and named by the table's caption, as in
 * ScrollRegion. The table's first-column cells carry STICKY_COLUMN; the
 * corner cell STICKY_CORNER.
 */
export function StickyTableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div
      className={[
        "table-scroll @container max-h-[70vh] overflow-auto border-2 border-border print:max-h-none",
        // The headings stay at the top of the region; their cells are opaque so that rows pass under them.
        "[&_thead]:sticky [&_thead]:top-0 [&_thead]:z-2 [&_thead_th]:bg-white [&_thead_th]:shadow-[inset_0_-2px_0_var(--color-ink)]",
        "[&_:is(th,td):first-child]:pl-2",
      ].join(" ")}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

/** The cell where the sticky headings and the sticky first column meet: above both. */
export const STICKY_CORNER = "sticky left-0 z-3 bg-white";
