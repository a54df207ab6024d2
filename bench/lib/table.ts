// Plain-text results table.
import type { Measurement } from './measure';

export interface Row {
  scenario: string;
  measurement?: Measurement;
  /** req/s ÷ baseline req/s */
  ratio?: number;
  failure?: string;
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const statusBreakdown = (statusCodes: Record<string, number>): string =>
  Object.entries(statusCodes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');

export const formatTable = (rows: readonly Row[]): string => {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'ratio', 'status codes'];
  const body = rows.map((row) => {
    const m = row.measurement;
    if (!m) return [row.scenario, '—', '—', '—', '—', '—', `FAILED: ${row.failure ?? 'unknown'}`];
    return [
      row.scenario,
      number(m.requestsPerSecond),
      number(m.p50, 1),
      number(m.p99, 1),
      `${number(m.errors)}/${number(m.non2xx)}`,
      row.ratio === undefined ? '—' : row.ratio.toFixed(3),
      statusBreakdown(m.statusCodes) || '—',
    ];
  });
  const all = [header, ...body];
  const widths = header.map((_, column) => Math.max(...all.map((line) => line[column].length)));
  const rightAligned = new Set([1, 2, 3, 4, 5]);
  const render = (line: readonly string[]): string =>
    line
      .map((cell, column) =>
        column === line.length - 1
          ? cell
          : rightAligned.has(column)
            ? cell.padStart(widths[column])
            : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  const separator = widths
    .map((width, column) => '─'.repeat(column === widths.length - 1 ? 12 : width))
    .join('  ');
  return [render(header), separator, ...body.map(render)].join('\n');
};
