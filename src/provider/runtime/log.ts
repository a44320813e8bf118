/**
 * hclog-style JSON lines on stderr. go-plugin parses such lines from a
 * provider's stderr and hands them to Terraform's logger, which shows them
 * under TF_LOG / TF_LOG_PROVIDER. stdout is reserved for the handshake line.
 */

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line. */
  with(fields: LogFields): Logger;
  /** Whether lines of this level are written: lets callers skip building costly fields. */
  enabled(level: LogLevel): boolean;
}

export interface LoggerOptions {
  module: string;
  /** Lines below this level are dropped; `off` drops everything. */
  level: LogLevel | 'off';
  write?: (line: string) => void;
}

/**
 * The level Terraform asks for: TF_LOG_PROVIDER wins over TF_LOG. `JSON` is
 * Terraform's spelling of trace in JSON. Unset means warnings and errors only,
 * which Terraform discards unless logging is on.
 */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | 'off' {
  const setting = (env.TF_LOG_PROVIDER || env.TF_LOG || '').trim().toLowerCase();
  if (setting === '') return 'warn';
  if (setting === 'off') return 'off';
  if (setting === 'json') return 'trace';
  return (LOG_LEVELS as readonly string[]).includes(setting) ? (setting as LogLevel) : 'trace';
}

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const threshold = options.level === 'off' ? LOG_LEVELS.length : LOG_LEVELS.indexOf(options.level);
  const make = (baseFields: LogFields): Logger => {
    const emit = (level: LogLevel) => (message: string, fields?: LogFields) => {
      if (LOG_LEVELS.indexOf(level) < threshold) return;
      const line = {
        '@level': level,
        '@message': message,
        '@module': options.module,
        '@timestamp': hclogTimestamp(new Date()),
        ...baseFields,
        ...fields,
      };
      write(`${JSON.stringify(line, jsonSafe)}\n`);
    };
    return {
      trace: emit('trace'),
      debug: emit('debug'),
      info: emit('info'),
      warn: emit('warn'),
      error: emit('error'),
      with: (fields) => make({ ...baseFields, ...fields }),
      enabled: (level) => LOG_LEVELS.indexOf(level) >= threshold,
    };
  };
  return make({});
}

/**
 * go-plugin parses "@timestamp" with Go's layout 2006-01-02T15:04:05.000000Z07:00,
 * which needs exactly six fractional digits; a line that fails to parse is
 * shown as plain debug text instead of at its level.
 */
function hclogTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, '000Z');
}

/** JSON.stringify cannot print bigint or symbols (the unknown sentinel); logs still should. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'symbol') return '(unknown)';
  if (value instanceof Error) return value.message;
  return value;
}
