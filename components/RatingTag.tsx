import { ratingClass } from "@/lib/authorities/rating";

/** A grade such as "Good", written out, with its colour as a second cue. */
export function RatingTag({ grade }: { grade: string }) {
  return <strong className={ratingClass(grade)}>{grade}</strong>;
}
