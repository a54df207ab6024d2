import type { ResidentInput } from '../../../core/residents/contract';
import { idProblemMessages, normalizeIdNumber, parseIdNumber } from '../../../core/residents/id-card';
import { AppError } from '../../http/errors';

export type Identity = { idNumber: string; birthDate: string; sex: 'male' | 'female' };

/**
 * The ID number normalised, with birth date and sex: taken from a resident ID (and checked against
 * what the row states), or required explicitly for other documents.
 */
export function resolveIdentity(
  input: Pick<ResidentInput, 'idType' | 'idNumber' | 'birthDate' | 'sex'>,
): Identity {
  const idNumber = normalizeIdNumber(input.idNumber);
  if (input.idType !== 'residentId') {
    if (!input.birthDate || !input.sex) {
      throw new AppError('residents.birth_date_required', 400, [
        { path: 'birthDate', message: '非居民身份证须填写出生日期和性别' },
      ]);
    }
    return { idNumber, birthDate: input.birthDate, sex: input.sex };
  }
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) {
    throw new AppError('residents.invalid_id_number', 400, [
      { path: 'idNumber', message: idProblemMessages[parsed.problem] },
    ]);
  }
  const { birthDate, sex } = parsed.facts;
  const errors = [
    ...(input.birthDate && input.birthDate !== birthDate
      ? [{ path: 'birthDate', message: `身份证号显示出生日期为 ${birthDate}` }]
      : []),
    ...(input.sex && input.sex !== sex
      ? [{ path: 'sex', message: `身份证号显示性别为${sex === 'male' ? '男' : '女'}` }]
      : []),
  ];
  if (errors.length > 0) throw new AppError('residents.id_mismatch', 400, errors);
  return { idNumber, birthDate, sex };
}
