"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * "Open all" and "Close all" for the page's folds (<details data-fold>).
 * Shown only once JavaScript runs, as the buttons need it: without it each
 * fold still opens by itself.
 */
export function FoldControls({ what }: { what: string }) {
  const live = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!live) return null;
  const setAll = (open: boolean) =>
    document.querySelectorAll("details[data-fold]").forEach((fold) => ((fold as HTMLDetailsElement).open = open));
  return (
    <div className="mb-4 flex flex-wrap gap-x-4 gap-y-2 print:hidden">
      <button type="button" className="button button--secondary mb-0" onClick={() => setAll(true)}>
        Open all<span className="sr-only"> {what}</span>
      </button>
      <button type="button" className="button button--secondary mb-0" onClick={() => setAll(false)}>
        Close all<span className="sr-only"> {what}</span>
      </button>
    </div>
  );
}
