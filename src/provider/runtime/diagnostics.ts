import { ValuePath, formatPath } from './cty';

export type Severity = 'error' | 'warning';

/** What Terraform shows a user: a summary line, detail text, and the attribute it is about. */
export interface Diagnostic {
  severity: Severity;
  summary: string;
  detail?: string;
  /** Attribute names, list indexes (numbers) and map keys ({ key }) from the resource root. */
  path?: ValuePath;
}

/**
 * Throw from any handler to report an error diagnostic. The framework turns
 * every thrown error into a diagnostic; this one controls summary, detail
 * and the attribute path Terraform underlines in the configuration.
 */
export class ProviderError extends Error {
  readonly summary: string;
  readonly detail?: string;
  readonly path?: ValuePath;
  /**
   * Thrown from create or update: the object as it really is despite the
   * error (its creation timed out, part of its change was made). Terraform
   * saves it: after a failed create marked tainted, so the next apply
   * replaces it instead of orphaning it; after a failed update as it is, so
   * the next plan starts from the truth.
   */
  readonly partialState?: Record<string, unknown>;

  constructor(
    summary: string,
    options: { detail?: string; path?: ValuePath; cause?: unknown; partialState?: Record<string, unknown> } = {},
  ) {
    super(options.detail ? `${summary}: ${options.detail}` : summary, { cause: options.cause });
    this.name = 'ProviderError';
    this.summary = summary;
    this.detail = options.detail;
    this.path = options.path;
    this.partialState = options.partialState;
  }

  toDiagnostic(): Diagnostic {
    return { severity: 'error', summary: this.summary, detail: this.detail, path: this.path };
  }
}

export function errorDiagnostic(summary: string, detail?: string, path?: ValuePath): Diagnostic {
  return { severity: 'error', summary, detail, path };
}

export function warningDiagnostic(summary: string, detail?: string, path?: ValuePath): Diagnostic {
  return { severity: 'warning', summary, detail, path };
}

/** Turns anything a handler threw into a diagnostic; `operation` says what was being done. */
export function diagnosticFromError(error: unknown, operation: string): Diagnostic {
  if (error instanceof ProviderError) return error.toDiagnostic();
  // Abort reasons are DOMExceptions, which need not be instanceof this realm's Error.
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'AbortError') return errorDiagnostic(`${operation} was cancelled`, 'Terraform stopped the provider (Ctrl-C).');
  if (name === 'TimeoutError') return errorDiagnostic(`${operation} timed out`, 'The operation ran past its timeout; raise it in the resource\'s timeouts block.');
  const message = error instanceof Error ? error.message : String(error);
  return errorDiagnostic(`Unexpected error during ${operation}`, message);
}

/** One line for logs and test messages. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.path && diagnostic.path.length > 0 ? ` (at ${formatPath(diagnostic.path)})` : '';
  const detail = diagnostic.detail ? `: ${diagnostic.detail}` : '';
  return `${diagnostic.severity}: ${diagnostic.summary}${detail}${where}`;
}
