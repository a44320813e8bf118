/**
 * Argument handling shared by the subcommands: node:util parseArgs with usage
 * errors that the dispatcher turns into exit code 2, and the options every
 * API command takes (region, endpoint, help).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The command line is wrong: printed without a stack, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly usage?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An expected failure of a command (not a bug): printed as one line, exit code `exitCode`. */
export class CommandFailure extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CommandFailure';
  }
}

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Options of every command that talks to the API. */
export const API_OPTIONS = {
  region: { type: 'string' },
  endpoint: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

export const API_OPTIONS_HELP = `Global options:
  --region R       region to address (default: $IMAGECLOUD_REGION or bj)
  --endpoint URL   endpoint template with {region} (default: $IMAGECLOUD_ENDPOINT
                   or https://bcc.{region}.baidubce.com)
  -h, --help       show this help
Credentials come from BCE_ACCESS_KEY_ID, BCE_SECRET_ACCESS_KEY (and BCE_SESSION_TOKEN).`;

/**
 * Lets the global options also come before the command (`imagecloud --region gz
 * images list`, `imagecloud images --region gz list`), as in most CLIs: the
 * leading ones move behind the rest, where the command's parser reads them.
 */
export function hoistGlobalOptions(argv: string[]): string[] {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (/^--(region|endpoint)=/.test(arg)) {
      leading.push(arg);
      i += 1;
    } else if ((arg === '--region' || arg === '--endpoint') && i + 1 < argv.length) {
      leading.push(arg, argv[i + 1]!);
      i += 2;
    } else break;
  }
  return [...argv.slice(i), ...leading];
}

type StrictConfig<O extends OptionSpecs> = { args: string[]; options: O; allowPositionals: true; strict: true };
export type ParsedCommand<O extends OptionSpecs> = ReturnType<typeof parseArgs<StrictConfig<O>>>;

/** parseArgs in strict mode; its complaints become UsageErrors carrying `usage`. */
export function parseCommand<O extends OptionSpecs>(argv: string[], options: O, usage: string): ParsedCommand<O> {
  try {
    return parseArgs<StrictConfig<O>>({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    if ((error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError((error as Error).message, usage);
    }
    throw error;
  }
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `90s`, `10m`, `1h`, `500ms`; a bare number is seconds. */
export function parseDuration(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new UsageError(`${option}: expected a duration such as 90s, 10m or 1h, got ${JSON.stringify(text)}`);
  return Math.round(Number(match[1]) * DURATION_UNITS_MS[match[2] ?? 's']!);
}
