export const FIREFOX_MIN_VERSION: string;
export const FIREFOX_MIN_MAJOR: number;
export const OLDEST_FIREFOX_DIR: string;
export const OLDEST_FIREFOX_BINARY: string;
