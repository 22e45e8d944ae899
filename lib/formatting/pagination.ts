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

/**
 * Which names each page holds, for its link: "Ba–Du". Both ends are cut to
 * the same length: enough (two letters at least) to tell each end from the
 * name across its page break.
 */
export function pageNameRanges(names: string[], pageSize: number): string[] {
  const ranges: string[] = [];
  for (let start = 0; start < names.length; start += pageSize) {
    const end = Math.min(start + pageSize, names.length) - 1;
    const length = Math.max(distinguishingLength(names[start], names[start - 1]), distinguishingLength(names[end], names[end + 1]));
    const [first, last] = [names[start], names[end]].map((name) => name.slice(0, length).trim());
    ranges.push(first === last ? first : `${first}–${last}`);
  }
  return ranges;
}

/** The length of the shortest start of `name` (two letters at least) that `neighbour` does not begin with. */
function distinguishingLength(name: string, neighbour: string | undefined): number {
  let length = 2;
  while (neighbour !== undefined && length < name.length && neighbour.toLowerCase().startsWith(name.slice(0, length).toLowerCase()))
    length++;
  return length;
}
