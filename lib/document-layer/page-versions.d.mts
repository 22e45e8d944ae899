export const LISTS: string;
export const ALL: string;
export function authorityScope(slug: string): string;
export function scopeOfPath(pathname: string): string;
export function pageVersions(file: string, options?: { recheckMs?: number }): ((scope: string) => string) & { recheck(): void };
