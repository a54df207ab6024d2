/**
 * GB 11643-1999 citizen ID numbers: 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd: male, even: female), and a check character. The address code may be an abolished one, so
 * unknown prefixes are not rejected.
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export type Sex = 'male' | 'female';
export type IdCardFacts = { birthDate: string; sex: Sex };
export type IdCardProblem = 'format' | 'date' | 'checksum';

export function idCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return checkChars[sum % 11];
}

/** Upper-cases a trailing x and strips spaces (ASCII and full-width) the way people type them. */
export function normalizeIdNumber(value: string): string {
  return value.replace(/[\s\u3000]/g, '').toUpperCase();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseIdNumber(
  raw: string,
  today = new Date(),
): { ok: true; facts: IdCardFacts } | { ok: false; problem: IdCardProblem } {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (year < 1880 || !isRealDate(year, month, day) || birthDate > today.toISOString().slice(0, 10)) {
    return { ok: false, problem: 'date' };
  }
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checksum' };
  return { ok: true, facts: { birthDate, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' } };
}

export const idProblemMessages: Record<IdCardProblem, string> = {
  format: '身份证号应为18位，前17位为数字，最后一位为数字或X',
  date: '身份证号中的出生日期不是有效日期',
  checksum: '身份证号校验位不正确，请核对',
};
