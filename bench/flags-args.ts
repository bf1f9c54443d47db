/**
 * The command line of the flags' experiment scripts (bench/flags-*.ts): the
 * files they read, options with a value (`--chunk 20`, `--chunk=20`) and
 * switches (`--dev`), by Node's own parser (node:util parseArgs) rather than
 * one index search per script. Lenient, as the scripts were: an unknown
 * option is a switch, not an error.
 */
import { parseArgs } from 'node:util';

export interface FlagsBenchArguments {
  /** The arguments that are neither options nor their values, in order. */
  files: string[];
  /** The value of `--name`, or `fallback` when it is not given. */
  value(name: string, fallback: string): string;
  /** Whether the switch `--name` is given. */
  has(name: string): boolean;
}

/** `valued`: the options that take a value (without their dashes); everything else starting with `--` is a switch. */
export function flagsBenchArguments(valued: readonly string[], argv = process.argv.slice(2)): FlagsBenchArguments {
  const { values, positionals } = parseArgs({
    args: argv,
    options: Object.fromEntries(valued.map((name) => [name, { type: 'string' as const }])),
    allowPositionals: true,
    strict: false,
  });
  return {
    files: positionals,
    value: (name, fallback) => {
      const value = values[name];
      return typeof value === 'string' ? value : fallback;
    },
    has: (name) => values[name] !== undefined,
  };
}
