/**
 * The command line of the experiment scripts (bench/text-model-*.ts,
 * bench/flags-*.ts): the files or folders they read, options with a value
 * (`--chunk 20`, `--chunk=20`) and switches (`--paired`), by Node's own parser
 * (node:util parseArgs) rather than an index search per script. Lenient, as
 * the scripts were: an unknown option is a switch, not an error.
 */
import { parseArgs } from 'node:util';

export interface BenchArguments {
  /** The arguments that are neither options nor their values, in order. */
  files: string[];
  /** The value of `--name`, or `fallback` (undefined without one) when it is not given. */
  value(name: string): string | undefined;
  value(name: string, fallback: string): string;
  /** Whether the switch `--name` is given. */
  has(name: string): boolean;
}

/** `valued`: the options that take a value (without their dashes); everything else starting with `--` is a switch. */
export function benchArguments(valued: readonly string[], argv = process.argv.slice(2)): BenchArguments {
  const { values, positionals } = parseArgs({
    args: argv,
    options: Object.fromEntries(valued.map((name) => [name, { type: 'string' as const }])),
    allowPositionals: true,
    strict: false,
  });
  const value = (name: string, fallback?: string) => {
    const given = values[name];
    return typeof given === 'string' ? given : fallback;
  };
  return {
    files: positionals,
    value: value as BenchArguments['value'],
    has: (name) => values[name] !== undefined,
  };
}
