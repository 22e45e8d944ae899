/**
 * Which stored action belongs to which recommendation of a report. Re-importing
 * a report replaces its recommendation rows (new ids), so an action is tied to
 * its recommendation by what stays: its number and its text. A recommendation
 * renumbered with the same text keeps its action; an action whose text is no
 * longer in the report is unmatched (shown to admins, never dropped).
 */
export interface RecommendationKey {
  id: number;
  /** 1 for the report's first recommendation. */
  number: number;
  text: string;
}

export interface ActionKey {
  id: number;
  number: number;
  recommendationText: string;
}

export interface Matched<A extends ActionKey> {
  /** Recommendation id → its action. */
  byRecommendation: Map<number, A>;
  unmatched: A[];
}

/** Text compared without regard to runs of white space, which a parser change may alter. */
function sameText(a: string, b: string): boolean {
  const normal = (s: string) => s.replace(/\s+/g, " ").trim();
  return normal(a) === normal(b);
}

export function matchActions<A extends ActionKey>(recommendations: RecommendationKey[], actions: A[]): Matched<A> {
  const byRecommendation = new Map<number, A>();
  const free = new Set(actions);
  const pass = (fits: (r: RecommendationKey, a: A) => boolean) => {
    for (const recommendation of recommendations) {
      if (byRecommendation.has(recommendation.id)) continue;
      const action = [...free].find((a) => fits(recommendation, a));
      if (action) {
        byRecommendation.set(recommendation.id, action);
        free.delete(action);
      }
    }
  };
  pass((r, a) => r.number === a.number && sameText(r.text, a.recommendationText));
  pass((r, a) => sameText(r.text, a.recommendationText));
  return { byRecommendation, unmatched: [...free] };
}
