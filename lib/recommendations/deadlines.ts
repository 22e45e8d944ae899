/** Words for a deadline filter key ("3" → "Within 3 months"), the same for every report however it phrased it. */
export function deadlineKeyLabel(key: string): string {
  if (key === "0") return "Immediately";
  const m = /^(\d+)([wd]?)$/.exec(key);
  if (!m) return key;
  const n = Number(m[1]);
  const unit = m[2] === "w" ? "week" : m[2] === "d" ? "day" : "month";
  return `Within ${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** Days a deadline key stands for, to order keys from soonest to latest (a month counts as 30.44 days). */
export function deadlineKeyDays(key: string): number {
  const m = /^(\d+)([wd]?)$/.exec(key);
  if (!m) return Number.POSITIVE_INFINITY;
  const n = Number(m[1]);
  return m[2] === "w" ? n * 7 : m[2] === "d" ? n : n * 30.44;
}
