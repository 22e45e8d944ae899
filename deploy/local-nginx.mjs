/**
 * Runs deploy/nginx.conf as shipped on this machine, for the end-to-end test
 * and the benchmark: only its listen port, upstream servers and cache
 * directory are moved, into a directory of its own. Needs Debian's nginx
 * (scripts/ensure-nginx.sh).
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const NGINX = "/usr/sbin/nginx";
const SHIPPED = path.join(import.meta.dirname, "nginx.conf");
const SHIPPED_UPSTREAMS = /^ *server 127\.0\.0\.1:300[01] [^\n]*\n/gm;

/**
 * deploy/nginx.conf with its port, upstreams and cache moved, in a complete
 * nginx.conf; `extraServer` is added to its server block (the benchmark's
 * static file).
 */
function localConfig({ dir, port, upstreamPorts, extraServer = "" }) {
  const shipped = fs.readFileSync(SHIPPED, "utf8");
  if ((shipped.match(SHIPPED_UPSTREAMS) ?? []).length !== 2)
    throw new Error("deploy/nginx.conf no longer lists the two app processes this expects");
  let replaced = false;
  const site = shipped
    .replace("listen 80;", `listen 127.0.0.1:${port};${extraServer}`)
    .replace(SHIPPED_UPSTREAMS, () => {
      if (replaced) return "";
      replaced = true;
      return upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;\n`).join("");
    })
    .replace("/var/cache/nginx/inspection-reports", path.join(dir, "cache"));
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  default_type application/octet-stream;
  ${site}
}`;
}

/** Starts nginx with localConfig(options) in a new temporary directory; stop() ends it and removes the directory. */
export function startNginx(options) {
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} is missing: run scripts/ensure-nginx.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-"));
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, localConfig({ ...options, dir }));
  execFileSync(NGINX, ["-t", "-q", "-p", dir, "-c", conf], { stdio: "inherit" });
  const child = spawn(NGINX, ["-p", dir, "-c", conf], { stdio: "inherit" });
  return {
    dir,
    url: `http://127.0.0.1:${options.port}`,
    stop() {
      child.kill("SIGQUIT");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
