import type { ReactNode } from "react";

/**
 * GOV.UK's pattern for a table that can be wider than the screen: it scrolls
 * inside a region that keyboard users can reach (tabindex) and that screen
 * readers announce by the table's caption (labelledBy: the caption's id).
 * Without both, a phone user with a keyboard could not see the hidden columns
 * (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ labelledBy, className = "", children }: { labelledBy: string; className?: string; children: ReactNode }) {
  return (
    <div className={`table-scroll ${className}`.trim()} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
