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
  return new Promise((resolve, reject) => {
    const chunks = [];
    const own = ["writeHead", "flushHeaders", "write", "end"];
    let decided = null;
    const restore = () => own.forEach((name) => delete res[name]);
    const decide = () => {
      if (decided === null) {
        decided = keep(res.statusCode, res.getHeaders());
        // Not kept: Next goes on writing to the client itself, and the caller
        // must not wait for an end it will no longer see.
        if (!decided) {
          restore();
          resolve(null);
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
      resolve({
        status: res.statusCode,
        headers: Object.entries(res.getHeaders()).map(([name, value]) => [name, typeof value === "number" ? String(value) : value]),
        body: Buffer.concat(chunks),
      });
      return res;
    };
    handle(req, res).catch((error) => {
      if (own.some((name) => Object.hasOwn(res, name))) restore();
      reject(error);
    });
  });
}
