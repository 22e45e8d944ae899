import type { MatchedCouncil } from "@/lib/import/form-state";

/** Whether the report's authority matched the council lookup: its codes, or what an admin should do when it did not. */
export function CouncilMatch({ authority, council }: { authority: string; council: MatchedCouncil | null }) {
  if (!council) {
    return (
      <div className="notification" role="note">
        <p>
          <strong>&ldquo;{authority}&rdquo; matches no council in the lookup</strong>, so no LA number, ONS code or region is stored for it,
          and it has no statistical neighbours or place on the map. Nothing has been guessed: check the authority&rsquo;s name in the
          report, correct it and import the report again.
        </p>
      </div>
    );
  }
  return (
    <p>
      Matched to the council lookup as {council.name}: LA number {council.laNumber}, ONS code {council.onsCode ?? "none"}
      {council.region ? `, ${council.region}` : ""}.
    </p>
  );
}
