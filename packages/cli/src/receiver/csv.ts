/**
 * CSV for staff exports (RFC 4180), safe to open in a spreadsheet: a cell beginning with `=`,
 * `+`, `-` or `@` (or a tab or carriage return) could run as a formula, so it is prefixed with
 * `'` (OWASP's advice for CSV injection).
 */

/** One cell, neutralised and quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with a header row; CRLF line ends, as spreadsheets expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
