/**
 * Keeping what Next writes: the document layer lets Next's public request
 * handler answer, and collects the status, headers and body it writes to the
 * Node ServerResponse, the way the `compression` middleware collects them.
 * Part of the document layer (layer.mjs).
 */

/**
 * Lets Next answer the request while keeping what it writes: resolves with
 * the status, headers and body once Next ends the response, or with null when
 * the response is not one to keep (`keep` decides from the status and
 * headers), in which case it has gone to the client as Next wrote it.
 */
export function capture(req, res, handle, keep) {
  // Settled through `settle`, dropped once used, as `keep` is once asked.
  // Whatever Next wraps around the response keeps our write and end (its
  // compression does), and after a server action the response outlives the
  // request, so nothing these closures reach may lead to the body: with
  // resolve, reject and keep in their scope, each form POST kept its page
  // (1-2 MB) for good (the benchmark's saves grew the server by 8 MB a second).
  let settle;
  const answer = new Promise((resolve, reject) => (settle = { resolve, reject }));
  const finish = (how, value) => {
    const settling = settle;
    settle = undefined;
    settling?.[how](value);
  };
  let chunks = [];
  const own = ["writeHead", "flushHeaders", "write", "end"];
  let decided = null;
  const restore = () => own.forEach((name) => delete res[name]);
  const decide = () => {
    if (decided === null) {
      decided = keep(res.statusCode, res.getHeaders());
      keep = undefined; // the caller's scope, which will hold the body, is not to be reached from here either
      // Not kept: Next goes on writing to the client itself, and the caller
      // must not wait for an end it will no longer see.
      if (!decided) {
        restore();
        chunks = [];
        finish("resolve", null);
      }
    }
    return decided;
  };
  const push = (chunk, encoding) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : undefined));
  };
  const callbackOf = (...args) => args.find((arg) => typeof arg === "function");
  res.writeHead = function (status, reason, headers) {
    res.statusCode = status;
    if (typeof reason === "string") res.statusMessage = reason;
    else headers = reason;
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return res;
  };
  res.flushHeaders = function () {
    if (!decide()) return res.flushHeaders();
  };
  res.write = function (chunk, encoding, callback) {
    if (!decide()) return res.write(chunk, encoding, callback);
    push(chunk, encoding);
    callbackOf(encoding, callback)?.();
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (!decide()) return res.end(chunk, encoding, callback);
    push(chunk, encoding);
    restore();
    res.once("finish", () => callbackOf(chunk, encoding, callback)?.());
    const body = Buffer.concat(chunks);
    chunks = [];
    finish("resolve", {
      status: res.statusCode,
      headers: Object.entries(res.getHeaders()).map(([name, value]) => [name, typeof value === "number" ? String(value) : value]),
      body,
    });
    return res;
  };
  handle(req, res).catch((error) => {
    if (own.some((name) => Object.hasOwn(res, name))) restore();
    finish("reject", error);
  });
  return answer;
}
