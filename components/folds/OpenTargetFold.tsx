"use client";

import { useEffect } from "react";

/**
 * Opens the folds (closed <details>) around the element a link points to
 * (`#p-6-5`), on arrival and on every later hash change, then brings it into
 * view; its :target style marks it. Browsers that open <details> on fragment
 * navigation themselves (Chromium) get the same; the others need this. It also
 * opens every fold before printing, so that paper has all the evidence.
 * Renders nothing.
 */
export function OpenTargetFold() {
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      let opened = false;
      for (let fold = target.closest("details"); fold; fold = fold.parentElement?.closest("details") ?? null) {
        if (!fold.open) opened = fold.open = true;
      }
      if (opened) target.scrollIntoView();
    };
    const openAll = () => document.querySelectorAll("details[data-fold]").forEach((fold) => ((fold as HTMLDetailsElement).open = true));
    open();
    window.addEventListener("hashchange", open);
    window.addEventListener("beforeprint", openAll);
    return () => {
      window.removeEventListener("hashchange", open);
      window.removeEventListener("beforeprint", openAll);
    };
  }, []);
  return null;
}
