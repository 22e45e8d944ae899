export type PageItem = { type: "page"; number: number; current: boolean } | { type: "ellipsis" };

/**
 * GOV.UK pagination: the first and last pages, the current page and its
 * neighbours, and an ellipsis for each run of pages left out.
 * `paginationItems(6, 12)` → 1 … 5 6 7 … 12.
 */
export function paginationItems(page: number, pageCount: number): PageItem[] {
  if (pageCount <= 1) return [];
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) items.push({ type: "page", number: n - 1, current: false });
    else if (previous !== undefined && n - previous > 2) items.push({ type: "ellipsis" });
    items.push({ type: "page", number: n, current: n === page });
  });
  return items;
}
