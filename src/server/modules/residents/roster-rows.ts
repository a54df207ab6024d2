import { mobilePattern } from '../../../core/mobile';
import type { ResidentInput } from '../../../core/residents/contract';
import { politicalStatuses, relationsToHead } from '../../../core/residents/contract';
import type { CareDependency, TargetGroupFlag } from '../../../core/residents/target-groups';
import { AppError } from '../../http/errors';
import type { CommunityPlaces } from '../org-units/service';
import { resolveIdentity } from './identity';
import {
  flagColumns,
  parseDateText,
  parseDisabilityGrade,
  parseDisabilityType,
  parseIdType,
  parseYesNo,
  type RosterHeader,
} from './roster-format';
import type { RosterRow } from './roster-reader';

export type RowError = { row: number; column: string; message: string };

const careLevels: Record<string, CareDependency | null> = {
  '': null,
  无: null,
  否: null,
  半失能: 'partial',
  失能: 'full',
  全失能: 'full',
};

/** One roster row → a resident input, or the list of what is wrong with it (in Chinese, per column). */
export function rowToInput(
  row: RosterRow,
  places: CommunityPlaces,
): { input: ResidentInput; errors: [] } | { input: null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: RosterHeader, message: string) =>
    errors.push({ row: row.rowNumber, column, message });
  const text = (column: RosterHeader) => {
    const cell = row.cells.get(column);
    if (!cell) return '';
    if ('error' in cell) {
      fail(column, cell.error);
      return '';
    }
    return cell.text;
  };
  const required = (column: RosterHeader) => {
    const value = text(column);
    if (!value && !errors.some((e) => e.column === column)) fail(column, '必填');
    return value;
  };
  const oneOf = <T extends string>(column: RosterHeader, allowed: readonly T[]): T | null => {
    const value = text(column);
    if (!value) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    fail(column, `应为：${allowed.join('、')}`);
    return null;
  };

  const name = required('姓名');
  const idType = parseIdType(text('证件类型'));
  if (!idType) fail('证件类型', '不认识的证件类型');
  const idNumber = required('证件号码').toUpperCase();
  const sexText = text('性别');
  const sex = sexText === '男' ? 'male' : sexText === '女' ? 'female' : undefined;
  if (sexText && !sex) fail('性别', '应为：男、女');
  const birthText = text('出生日期');
  const birthDate = birthText ? parseDateText(birthText) : undefined;
  if (birthText && !birthDate) fail('出生日期', '日期应写作 1950-03-01、1950/3/1、1950.3.1 或 19500301');
  const mobile = text('联系电话') || null;
  if (mobile && !mobilePattern.test(mobile)) fail('联系电话', '应为11位手机号');
  const hukouText = required('户籍类型');
  const hukouType = hukouText === '户籍' ? 'hukou' : hukouText === '流动' ? 'migrant' : null;
  if (hukouText && !hukouType) fail('户籍类型', '应为：户籍、流动');
  const compoundId = placeId(required('小区'), places.compounds, (m) => fail('小区', m), '小区');
  const gridId = placeId(required('网格'), places.grids, (m) => fail('网格', m), '网格');
  const flags: TargetGroupFlag[] = [];
  for (const [column, flag] of flagColumns) {
    const yes = parseYesNo(text(column));
    if (yes === 'invalid') fail(column, '应为：是、否（或 Y/N、1/0），可留空');
    else if (yes) flags.push(flag);
  }
  const careText = text('失能情况');
  const careDependency = careText in careLevels ? careLevels[careText] : null;
  if (!(careText in careLevels)) fail('失能情况', '应为：无、半失能、失能');
  const disability = readDisability(text('残疾类别'), text('残疾等级'), fail);
  if (idType && idNumber) checkIdentity({ idType, idNumber, birthDate: birthDate ?? undefined, sex }, fail);

  if (errors.length > 0 || !hukouType || !idType) return { input: null, errors };
  return {
    errors: [],
    input: {
      name,
      idType,
      idNumber,
      birthDate: birthDate ?? undefined,
      sex,
      mobile,
      hukouType,
      compoundId,
      gridId,
      room: text('楼栋房号') || null,
      householdNo: text('户号') || null,
      relationToHead: oneOf('与户主关系', relationsToHead),
      politicalStatus: oneOf('政治面貌', politicalStatuses),
      sensitive: {
        flags,
        careDependency,
        chronicIllnesses: text('慢性病')
          .split(/[、,，;；\s]+/)
          .filter(Boolean),
        disability,
      },
      notes: text('备注') || null,
    },
  };
}

const identityColumns: Record<string, RosterHeader> = {
  idNumber: '证件号码',
  birthDate: '出生日期',
  sex: '性别',
};

function checkIdentity(
  input: Parameters<typeof resolveIdentity>[0],
  fail: (column: RosterHeader, message: string) => void,
) {
  try {
    resolveIdentity(input);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const e of error.errors ?? []) fail(identityColumns[e.path] ?? '证件号码', e.message);
  }
}

function placeId(
  name: string,
  options: { id: string; name: string }[],
  fail: (message: string) => void,
  what: string,
): string | null {
  if (!name) return null;
  const found = options.find((o) => o.name === name);
  if (!found) fail(`本社区没有名为“${name}”的${what}；可填：${options.map((o) => o.name).join('、')}`);
  return found?.id ?? null;
}

function readDisability(
  typeText: string,
  gradeText: string,
  fail: (column: RosterHeader, message: string) => void,
) {
  if (!typeText && !gradeText) return null;
  const type = parseDisabilityType(typeText);
  const grade = parseDisabilityGrade(gradeText);
  if (!type) fail('残疾类别', '应为：视力、听力、言语、肢体、智力、精神、多重残疾');
  if (!grade) fail('残疾等级', '应为：一级至四级');
  return type && grade ? { type, grade } : null;
}
