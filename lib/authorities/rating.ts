import { GRADES } from "../report/types";

/**
 * CSS classes for a rating tag (see app/globals.css). Unknown grades get the
 * plain tag so their text still shows.
 */
export function ratingClass(grade: string): string {
  const normalised = grade.trim().toLowerCase();
  const known = GRADES.find((g) => g.toLowerCase() === normalised);
  return known ? `rating rating--${known.toLowerCase()}` : "rating";
}
