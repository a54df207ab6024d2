import type ExcelJS from 'exceljs';

// Characters XML 1.0 cannot carry: a document holding one will not open.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is removed
const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as it may be written into a document (.docx): without characters XML cannot carry. */
export function safeDocText(value: string): string {
  return value.replace(notInXml, '');
}

/**
 * Text as it may be written into a cell of a workbook (.xlsx): as for a document, and — Excel runs
 * text that starts with = + - @ (or a tab or carriage return) as a formula — with a leading
 * apostrophe before such text, as Excel itself shows text typed that way. Every exported cell and
 * every document's text goes through one of these two.
 */
export function safeCellText(value: string): string {
  const text = safeDocText(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A worksheet row whose text cells went through `safeCellText`; numbers and dates are kept as they are. */
export function addSafeRow(sheet: ExcelJS.Worksheet, values: readonly (string | number | Date | null)[]) {
  return sheet.addRow(values.map((v) => (typeof v === 'string' ? safeCellText(v) : v)));
}
