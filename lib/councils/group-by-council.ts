/** A council's run of a list: the council, how many items it has in the whole list (not only this page), and its items here. */
export interface CouncilGroup<T> {
  authority: { slug: string; name: string };
  total: number;
  items: T[];
}

/**
 * A page of a list sorted council by council, cut into a group per council
 * (consecutive items of one council), each with the council's count in the
 * whole list, so that a group cut by a page boundary says so.
 */
export function groupByCouncil<T extends { authority: { slug: string; name: string } }>(
  items: T[],
  totals: Map<string, number>,
): CouncilGroup<T>[] {
  const groups: CouncilGroup<T>[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.authority.slug === item.authority.slug) last.items.push(item);
    else groups.push({ authority: item.authority, total: totals.get(item.authority.slug) ?? 0, items: [item] });
  }
  return groups;
}
