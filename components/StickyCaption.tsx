import type { ReactNode } from "react";

/**
 * The text of the caption of a table that can scroll sideways (in a
 * ScrollRegion with the `@container` class): it stays in view and wraps to the
 * visible width instead of scrolling away with the table.
 */
export function StickyCaption({ children }: { children: ReactNode }) {
  return <span className="sticky left-0 block max-w-[100cqw]">{children}</span>;
}

/** The first column of such a table (the authority) stays in view while the rest scrolls. */
export const STICKY_COLUMN = "sticky left-0 z-1 bg-white";
