interface HeaderReader {
  get(name: string): string | null;
}

export function isSameOrigin(headers: HeaderReader): boolean;
export function isCrossSiteWrite(method: string, headers: HeaderReader): boolean;
