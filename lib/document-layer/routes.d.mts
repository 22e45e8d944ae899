import type { IncomingMessage } from "node:http";

export const NOT_KEPT: Record<string, string>;
export const APP_DIR: string;
export const ROUTER_HEADERS: string[];
export function appRoutes(appDir?: string): string[];
export function cacheableMatcher(routes: string[]): RegExp;
export function isCacheable(pathname: string, search: string, matcher?: RegExp): boolean;
export function isNextNavigation(headers: IncomingMessage["headers"], search: string): boolean;
export function navigationKey(method: string, headers: IncomingMessage["headers"], target: string): string | null;
export function isPersonal(pathname: string): boolean;
