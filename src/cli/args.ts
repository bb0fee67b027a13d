import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** A wrong command line: exit status 2, as for every Unix tool. */
export function usageError(message: string, usage: string): never {
  process.stderr.write(`junction: ${message}\n${usage}\n`);
  process.exit(2);
}

/** `-h`/`--help` anywhere before `--` asks for help, whatever else the line holds. */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * Strict parsing: an unknown option, a missing value or more than `positionals` arguments (0 unless
 * said) is a usage error. With `valuesFollow`, arguments right after that option are more of its values
 * (`--scope a b`).
 */
export function parseCommand(
  args: string[],
  options: Options,
  usage: string,
  { positionals: allowed = 0, valuesFollow }: { positionals?: number; valuesFollow?: string } = {},
): Parsed {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, tokens: true, strict: true });
  } catch (error) {
    // Node's advice on positionals starting with '-' would only confuse here.
    usageError((error as Error).message.split('. To specify')[0], usage);
  }
  const values = parsed.values as Parsed['values'];
  const positionals: string[] = [];
  let previous: string | null = null;
  for (const token of parsed.tokens) {
    if (token.kind === 'option') previous = token.name;
    else if (token.kind === 'option-terminator') previous = null;
    else if (valuesFollow && previous === valuesFollow && token.kind === 'positional') {
      values[valuesFollow] = [...((values[valuesFollow] as string[]) ?? []), token.value];
    } else {
      previous = null;
      positionals.push(token.value);
    }
  }
  if (positionals.length > allowed) usageError(`unexpected argument "${positionals[allowed]}"`, usage);
  return { values, positionals };
}
