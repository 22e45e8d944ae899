/**
 * npm run --silent parse -- FILE
 * Prints the report JSON on stdout (exit 0), or one line naming the file and
 * the problem on stderr (exit 1).
 */
import { readReportFile } from "../lib/report/read-file";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: npm run --silent parse -- FILE");
  process.exit(2);
}
const result = await readReportFile(file);
if (result.ok) {
  process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
} else {
  console.error(`${file}: ${result.error}`);
  process.exitCode = 1;
}
