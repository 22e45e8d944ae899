export const NON_DOCUMENT_POLICY: string;
export function documentPolicy(html: string): string;
