/** Plain-text output for people: aligned tables and the one-line error format. */
import { ImageApiError } from '../client/errors';

/** Columns padded to their widest cell; the last column is not padded. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** `error: <code>: <message> (request id …)`. */
export function formatApiError(error: ImageApiError): string {
  const requestId = error.requestId ? ` (request id ${error.requestId})` : '';
  return `error: ${error.code}: ${error.message}${requestId}\n`;
}
