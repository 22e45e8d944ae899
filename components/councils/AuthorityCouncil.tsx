import Link from "next/link";
import { Fold } from "@/components/folds/Fold";
import type { AuthorityCodes } from "@/lib/councils/codes";
import type { CouncilContext } from "@/lib/queries/councils";
import { CouncilLocator } from "./CouncilLocator";
import { StatisticalNeighbours } from "./StatisticalNeighbours";

/**
 * The authority as the council lookup knows it: its codes, where it is and its
 * statistical neighbours; or, when its name matched no council, that plainly.
 */
export function AuthorityCouncil({
  name,
  slug,
  codes,
  context,
}: {
  name: string;
  slug: string;
  codes: AuthorityCodes;
  context: CouncilContext;
}) {
  const { council, neighbours, locator } = context;
  if (!council) {
    return (
      <div className="notification" role="note">
        <p>
          <strong>&ldquo;{name}&rdquo; matches no council in the lookup</strong>: no LA number, ONS code or region is stored for it, and it
          has no statistical neighbours or place on the map. An admin can correct the authority&rsquo;s name in the report and import it
          again.
        </p>
      </div>
    );
  }
  return (
    <>
      {/* The codes in a line; the map and the neighbours folded, so the page stays short. */}
      <p>
        LA number (DfE) <strong>{codes.laNumber}</strong> · ONS code <strong>{codes.onsCode ?? "none"}</strong> ·{" "}
        {codes.onsRegion ?? "region not known"}
        {council.current ? "" : `. ${council.name} no longer exists; see the map for the councils that succeeded it`}.
      </p>
      <Fold summary="Place on the map and statistical neighbours">
        {locator && (
          <figure className="m-0 mb-4">
            <CouncilLocator locator={locator} name={name} />
            <figcaption className="hint mt-1">
              <Link href="/map">Map of grades</Link>
            </figcaption>
          </figure>
        )}
        <h3 id="neighbours">Statistical neighbours</h3>
        {neighbours.length === 0 ? (
          <p>The lookup gives {name} no statistical neighbours.</p>
        ) : (
          <>
            <p className="hint">
              The ten councils most like {name}, most similar first (the Department for Education&rsquo;s statistical neighbours
              {council.neighboursFrom === "previous" ? ", its last list before reorganisation" : ""}).
            </p>
            <StatisticalNeighbours neighbours={neighbours} name={name} />
            <p>
              <Link href={`/authorities/${encodeURIComponent(slug)}/neighbours`}>{name}&rsquo;s grades beside its neighbours&rsquo;</Link>
            </p>
          </>
        )}
      </Fold>
    </>
  );
}
