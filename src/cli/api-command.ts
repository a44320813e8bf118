/**
 * What the API commands (`images`, `instances`) share: a client per parsed
 * command line, option parsing with --help, output helpers and the checks of
 * numeric and boolean options.
 */
import { ImageClient } from '../client/client';
import { API_OPTIONS, API_OPTIONS_HELP, UsageError, hoistGlobalOptions, parseCommand, type OptionSpecs, type ParsedCommand } from './args';
import { formatTable } from './output';

export interface Subcommand {
  summary: string;
  run(argv: string[]): Promise<void>;
}

export const out = (text: string) => process.stdout.write(text);

function clientFor(values: { region?: string; endpoint?: string }): ImageClient {
  return new ImageClient({
    region: values.region ?? process.env.IMAGECLOUD_REGION ?? 'bj',
    endpoint: values.endpoint ?? process.env.IMAGECLOUD_ENDPOINT,
  });
}

/** Runs `body` with a client for the parsed options and closes it afterwards. */
export async function withClient<T>(values: { region?: string; endpoint?: string }, body: (client: ImageClient) => Promise<T>): Promise<T> {
  const client = clientFor(values);
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

/**
 * Parses argv against `options` plus the API options; undefined when --help
 * was printed instead. `positionals` is the exact count of arguments, or
 * `{ min }` for commands that take a list.
 */
export function parse<O extends OptionSpecs>(
  argv: string[], options: O, usage: string, positionals: number | { min: number },
): ParsedCommand<typeof API_OPTIONS & O> | undefined {
  const parsed = parseCommand(argv, { ...API_OPTIONS, ...options }, usage);
  // Inside this generic function the values' type is not resolved yet; help is always declared.
  if ((parsed.values as { help?: boolean }).help) {
    out(`${usage}\n\n${API_OPTIONS_HELP}\n`);
    return undefined;
  }
  const count = parsed.positionals.length;
  if (typeof positionals === 'number' && count !== positionals) {
    throw new UsageError(positionals === 0 ? `unexpected argument ${parsed.positionals[0]}` : `expected ${positionals} argument(s), got ${count}`, usage);
  }
  if (typeof positionals === 'object' && count < positionals.min) {
    throw new UsageError(`expected at least ${positionals.min} argument(s), got ${count}`, usage);
  }
  return parsed;
}

export const json = (value: unknown) => out(JSON.stringify(value, null, 2) + '\n');

export function describeField(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map((v) => ('tagKey' in v ? `${v.tagKey}=${v.tagValue}` : JSON.stringify(v))).join(', ');
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** One object as a FIELD / VALUE table. */
export function fieldTable(value: object): string {
  return formatTable(['FIELD', 'VALUE'], Object.entries(value).map(([key, field]) => [key, describeField(field)]));
}

export function integerOption(text: string, option: string, usage: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${option}: expected a whole number, got ${JSON.stringify(text)}`, usage);
  return Number(text);
}

export function booleanOption(text: string, option: string, usage: string): boolean {
  if (text !== 'true' && text !== 'false') throw new UsageError(`${option}: expected true or false, got ${JSON.stringify(text)}`, usage);
  return text === 'true';
}

/** The usage text of a command group (`imagecloud images <command>`), one line per subcommand. */
export function subcommandsUsage(group: string, subcommands: Readonly<Record<string, Subcommand>>): string {
  return `Usage: imagecloud ${group} <command> [options]

Commands:
${Object.entries(subcommands)
  .map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`)
  .join('\n')}

Run \`imagecloud ${group} <command> --help\` for a command's options.`;
}

/** Runs the subcommand argv names; usage errors name the group. */
export async function runSubcommand(group: string, subcommands: Readonly<Record<string, Subcommand>>, usage: string, argv: string[]): Promise<void> {
  const [name, ...rest] = hoistGlobalOptions(argv);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) throw new UsageError('missing command', usage);
    out(usage + '\n');
    return;
  }
  const subcommand = subcommands[name];
  if (!subcommand) throw new UsageError(`unknown command "${group} ${name}"`, usage);
  await subcommand.run(rest);
}
