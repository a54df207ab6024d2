import { idCheckChar } from '../../core/residents/id-card';

/** A valid resident ID for a birth date (YYYY-MM-DD); odd sequence for male, even for female. */
export function makeIdNumber(birthDate: string, sequence: number, area = '350206'): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
