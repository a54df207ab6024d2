import { idTypeLabels, idTypes, politicalStatuses, relationsToHead } from '../../../core/residents/contract';
import { isRealDate } from '../../../core/residents/id-card';
import {
  careDependencyLabels,
  type DisabilityType,
  disabilityTypeLabels,
  type TargetGroupFlag,
} from '../../../core/residents/target-groups';

/** The roster's columns, in the order of the template, import and export. */
export const rosterHeaders = [
  '姓名',
  '证件类型',
  '证件号码',
  '性别',
  '出生日期',
  '联系电话',
  '户籍类型',
  '小区',
  '楼栋房号',
  '网格',
  '户号',
  '与户主关系',
  '政治面貌',
  '是否独居',
  '失能情况',
  '是否低保',
  '是否特困',
  '是否低收入',
  '慢性病',
  '残疾类别',
  '残疾等级',
  '是否困境儿童',
  '是否孤儿',
  '是否事实无人抚养',
  '是否困境妇女',
  '备注',
] as const;
export type RosterHeader = (typeof rosterHeaders)[number];

export const requiredHeaders: RosterHeader[] = ['姓名', '证件号码', '户籍类型', '小区', '网格'];

export const flagColumns: [RosterHeader, TargetGroupFlag][] = [
  ['是否独居', 'livesAlone'],
  ['是否低保', 'dibao'],
  ['是否特困', 'tekun'],
  ['是否低收入', 'lowIncome'],
  ['是否困境儿童', 'childInDifficulty'],
  ['是否孤儿', 'orphan'],
  ['是否事实无人抚养', 'unattendedChild'],
  ['是否困境妇女', 'womanInDifficulty'],
];

export const columnNotes: Record<RosterHeader, string> = {
  姓名: '必填',
  证件类型: `留空为居民身份证；可填：${Object.values(idTypeLabels).join('、')}`,
  证件号码: '必填；居民身份证为18位，末位x大小写均可；出生日期和性别以身份证号为准',
  性别: '男/女；居民身份证可留空（由证件号码推出），填写时须与证件号码一致',
  出生日期: '非居民身份证必填；可写 1950-03-01、1950/3/1、1950.3.1、19500301 或 Excel 日期',
  联系电话: '11位手机号，可留空',
  户籍类型: '必填：户籍 或 流动',
  小区: '必填；须为本社区已登记的小区或外口公寓名称',
  楼栋房号: '如 3号楼502',
  网格: '必填；须为本社区已登记的网格名称',
  户号: '同一户的居民填写相同户号',
  与户主关系: relationsToHead.join('、'),
  政治面貌: politicalStatuses.join('、'),
  是否独居: '是/否（也可写 Y/N、1/0），留空为否',
  失能情况: `留空或“无”；${Object.values(careDependencyLabels).join('、')}`,
  是否低保: '是/否',
  是否特困: '是/否',
  是否低收入: '是/否',
  慢性病: '多种用顿号或逗号分隔，如 高血压、糖尿病',
  残疾类别: Object.values(disabilityTypeLabels).join('、'),
  残疾等级: '一级至四级（也可写 1-4）；有残疾类别时必填',
  是否困境儿童: '是/否',
  是否孤儿: '是/否',
  是否事实无人抚养: '是/否',
  是否困境妇女: '是/否',
  备注: '可留空',
};

/** Trims ASCII and full-width spaces, and the apostrophe our own export puts before formula-like text. */
export function cleanText(value: string): string {
  return value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(/^'(?=[=+\-@])/, '');
}

export function parseYesNo(value: string): boolean | 'invalid' {
  const v = value.toUpperCase();
  if (v === '' || v === '否' || v === 'N' || v === '0' || v === 'NO') return false;
  if (v === '是' || v === 'Y' || v === '1' || v === 'YES') return true;
  return 'invalid';
}

/** 1950-03-01, 1950/3/1, 1950.3.1 or 19500301 → ISO; null when it is none of these or no real date. */
export function parseDateText(value: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIdType(value: string): (typeof idTypes)[number] | null {
  if (value === '' || value === '身份证' || value === '居民身份证') return 'residentId';
  const found = idTypes.find((t) => idTypeLabels[t] === value || idTypeLabels[t].startsWith(value));
  return found ?? null;
}

export function parseDisabilityType(value: string): DisabilityType | null {
  const entry = Object.entries(disabilityTypeLabels).find(
    ([, label]) => label === value || label === `${value}残疾`,
  );
  return entry ? (entry[0] as DisabilityType) : null;
}

export function parseDisabilityGrade(value: string): 1 | 2 | 3 | 4 | null {
  const grades: Record<string, 1 | 2 | 3 | 4> = {
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    '1': 1,
    '2': 2,
    '3': 3,
    '4': 4,
  };
  return grades[value.replace(/级$/, '')] ?? null;
}
