/**
 * npx tsx scripts/bench-pdf.ts [--rounds=5]
 *
 * The PDF reader's throughput alone, as npm run bench measures it (section 1:
 * the report PDFs of test/fixtures/pdf read by the warm pool and parsed),
 * `rounds` times over after an untimed pass per reader: each round's wall pages/s and
 * pages per CPU-second, then the median of each. Pages per CPU-second hold on a busy machine; wall
 * pages/s only on a quiet one. Takes a few seconds.
 */
import { benchPdfParse } from "../bench/parse-bench";

const rounds = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const wall: number[] = [];
const perCpu: number[] = [];
for (let i = 0; i < rounds; i++) {
  const f = await benchPdfParse(Infinity, i === 0 ? undefined : 0);
  wall.push(f.pagesPerSecond);
  perCpu.push(f.pagesPerCpuSecond ?? 0);
  console.log(
    `round ${i + 1}: ${f.files} files, ${f.pages} pages in ${f.seconds.toFixed(2)} s wall, ${(f.cpuSeconds ?? 0).toFixed(2)} CPU-s, ${f.readers} readers: ${f.pagesPerSecond.toFixed(1)} pages/s, ${(f.pagesPerCpuSecond ?? 0).toFixed(1)} pages per CPU-second`,
  );
}
console.log(`median of ${rounds}: ${median(wall).toFixed(1)} pages/s wall, ${median(perCpu).toFixed(1)} pages per CPU-second`);
