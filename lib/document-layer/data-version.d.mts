export function databaseFile(env?: NodeJS.ProcessEnv): string;
export function dataVersion(file: string): string;
