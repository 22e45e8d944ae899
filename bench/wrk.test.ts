import { describe, expect, it } from "vitest";
import { parseWrk, wrkMs } from "./wrk";

// wrk 4.1.0's own reports (Debian's package), from a run on this machine.
const OK = `Running 1s test @ http://127.0.0.1:3579/
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   107.32ms  111.93ms 430.74ms   84.72%
    Req/Sec    61.57     51.73   131.00     42.86%
  Latency Distribution
     50%   73.71ms
     75%  152.54ms
     90%  264.32ms
     99%  430.74ms
  57 requests in 1.16s, 6.90KB read
Requests/sec:     48.93
Transfer/sec:      5.92KB`;
const NOT_FOUND = `Running 1s test @ http://127.0.0.1:3579/
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    40.94ms   48.38ms 248.98ms   87.36%
    Req/Sec   154.62    110.76   342.00     75.00%
  Latency Distribution
     50%   26.96ms
     75%   47.42ms
     90%  101.72ms
     99%  248.95ms
  142 requests in 1.07s, 18.17KB read
  Non-2xx or 3xx responses: 142
Requests/sec:    132.68
Transfer/sec:     16.97KB`;

describe("wrk's report", () => {
  it("gives requests a second, the latency percentiles in ms and no errors", () => {
    expect(parseWrk(OK)).toEqual({ requestsPerSecond: 48.93, requests: 57, p50Ms: 73.71, p99Ms: 430.74, non2xx3xx: 0, socketErrors: 0 });
  });

  it("counts answers that were not 2xx or 3xx", () => {
    expect(parseWrk(NOT_FOUND)).toMatchObject({ requests: 142, non2xx3xx: 142, p99Ms: 248.95 });
  });

  it("reads each of wrk's units", () => {
    expect([wrkMs("812.00us"), wrkMs("1.20ms"), wrkMs("x")]).toEqual([0.812, 1.2, NaN]);
    expect(wrkMs("2.01s")).toBeCloseTo(2010);
  });
});
