import type { Metadata } from "next";
import { ImportForm } from "@/components/import/ImportForm";
import { configuredImportToken } from "@/lib/import/token";
import { importAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Import a report" };

export default function ImportPage() {
  const importingEnabled = configuredImportToken() !== null;
  return (
    <>
      <h1>Import a report</h1>
      <p className="text-body-l sm:text-2xl/tight">Add an inspection report of the series: preview what is read from it, then save it.</p>
      {!importingEnabled && (
        <div className="inset-text" id="import-disabled">
          <p>
            <strong>Saving reports is switched off on this server.</strong> You can still preview how a report is read.
          </p>
          <p>
            To switch saving on, set the environment variable <code>IMPORT_TOKEN</code> to a long random secret (for example the output of{" "}
            <code>openssl rand -hex 32</code>) and restart the server. Whoever saves a report is then asked for that token.
          </p>
        </div>
      )}
      <ImportForm importAction={importAction} importingEnabled={importingEnabled} />
    </>
  );
}
