export type Found = { path: string; source: string } | { path: null; problem: string };
export const CHROMIUM_ARGS: string[];
export const CHROMIUM_HELP: string;
export const FIREFOX_HELP: string;
export function findChromium(): Promise<Found>;
export function findFirefox(): Promise<Found>;
export const OLDEST_FIREFOX_HELP: string;
export function findOldestFirefox(): Promise<{ path: string; source: string } | { path: null; problem: string; required: boolean }>;
