/**
 * Command-line arguments of the text-model experiments (bench/text-model-*.ts): `--name value` options and the
 * folders given. An argument that follows any `--name` is read as that option's value, never as a folder, so a
 * switch without a value (`--paired`) goes after the folders.
 */
export interface BenchArguments {
  /** Every argument, as given. */
  argv: string[];
  /** The folders (or files) given: arguments that are neither an option nor an option's value. */
  inputs: string[];
  /** The value after `--name`; undefined when it is not given. */
  option: (name: string) => string | undefined;
}

export function benchArguments(argv = process.argv.slice(2)): BenchArguments {
  return {
    argv,
    inputs: argv.filter((argument, index) => !argument.startsWith('--') && !argv[index - 1]?.startsWith('--')),
    option: (name) => {
      const at = argv.indexOf(name);
      return at >= 0 ? argv[at + 1] : undefined;
    },
  };
}
