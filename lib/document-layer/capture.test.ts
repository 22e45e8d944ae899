import http from "node:http";
import type { AddressInfo } from "node:net";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "./capture.mjs";

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/**
 * What Next does to a response around a server action: its compression keeps
 * the response's write and end (ours, while capturing) in closures it leaves on
 * the response, and the response itself stays reachable after the request.
 */
function nextLikeHandler(page: string) {
  return async (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const capturedWrite = res.write;
    const capturedEnd = res.end;
    const on = res.on;
    Object.assign(res, {
      on(this: http.ServerResponse, ...args: Parameters<typeof on>) {
        void capturedWrite;
        void capturedEnd;
        return on.apply(this, args);
      },
    });
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.write(page.slice(0, 1000));
    res.end(page.slice(1000));
  };
}

const outlivingResponses: http.ServerResponse[] = [];
const bodies: WeakRef<Buffer>[] = [];
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    outlivingResponses.push(res);
    // As the document layer's render: the caller's own scope holds the body too.
    let captured: Awaited<ReturnType<typeof capture>> = null;
    const isPage = (status: number) => status === 200 && captured === null;
    captured = await capture(req, res, nextLikeHandler(`<p>${"x".repeat(2_000_000)}</p>`), isPage);
    bodies.push(new WeakRef(captured!.body));
    res.writeHead(200, { "Content-Length": captured!.body.length }).end(captured!.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("capture", () => {
  it("hands over what Next wrote, in order", async () => {
    const answer = await fetch(baseUrl);
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(text).toHaveLength(2_000_007);
    expect(text.startsWith("<p>xx")).toBe(true);
    expect(text.endsWith("x</p>")).toBe(true);
  });

  it("leaves nothing on a response that outlives its request that leads to the body", async () => {
    for (let i = 0; i < 3; i++) await (await fetch(baseUrl)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(outlivingResponses.length).toBeGreaterThanOrEqual(3);
    expect(bodies.filter((body) => body.deref() !== undefined)).toHaveLength(0);
  });
});
