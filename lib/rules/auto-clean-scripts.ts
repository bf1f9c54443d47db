/**
 * The ids under which the background registers the cleanup content script
 * (entrypoints/background/auto-clean.ts): for the sites of auto-clean rules,
 * or for every page in the global mode ("Clean every page that looks
 * machine-translated"). One place, as the benchmark and the end-to-end tests
 * look the registrations up by them.
 */
export const RULES_SCRIPT_ID = 'unspun-auto-clean';
export const EVERY_PAGE_SCRIPT_ID = 'unspun-auto-clean-mt';
