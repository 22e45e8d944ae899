export const NGINX: string;
export interface LocalNginxOptions {
  port: number;
  upstreamPorts: number[];
  /** Added inside the server block, after its listen line. */
  extraServer?: string;
}
export function localConfig(options: LocalNginxOptions & { dir: string }): string;
export function startNginx(options: LocalNginxOptions): { dir: string; url: string; stop(): void };
