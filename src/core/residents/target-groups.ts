/**
 * The target-group attributes of a resident (一老一小一困 and the rest), their Chinese names, and the
 * tag each contributes. Tags drive filters and statistics; the detail behind them is encrypted.
 */
export const targetGroupFlags = [
  'livesAlone',
  'dibao',
  'tekun',
  'lowIncome',
  'marginalLowIncome',
  'childInDifficulty',
  'orphan',
  'unattendedChild',
  'womanInDifficulty',
] as const;
export type TargetGroupFlag = (typeof targetGroupFlags)[number];

export const careDependencyLevels = ['partial', 'full'] as const;
export type CareDependency = (typeof careDependencyLevels)[number];

export const disabilityTypes = [
  'visual',
  'hearing',
  'speech',
  'physical',
  'intellectual',
  'mental',
  'multiple',
] as const;
export type DisabilityType = (typeof disabilityTypes)[number];

/** A tag is a flag, `careDependency:partial|full`, `chronicIllness` or `disability`. */
export type TargetGroupTag =
  | TargetGroupFlag
  | `careDependency:${CareDependency}`
  | 'chronicIllness'
  | 'disability';

export const targetGroupLabels: Record<
  TargetGroupFlag | 'careDependency' | 'chronicIllness' | 'disability',
  string
> = {
  livesAlone: '独居',
  dibao: '低保',
  tekun: '特困',
  lowIncome: '低收入家庭',
  marginalLowIncome: '低保边缘',
  childInDifficulty: '困境儿童',
  orphan: '孤儿',
  unattendedChild: '事实无人抚养儿童',
  womanInDifficulty: '困境妇女',
  careDependency: '失能情况',
  chronicIllness: '慢性病',
  disability: '残疾',
};

export const careDependencyLabels: Record<CareDependency, string> = { partial: '半失能', full: '失能' };
export const disabilityTypeLabels: Record<DisabilityType, string> = {
  visual: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  physical: '肢体残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  multiple: '多重残疾',
};

/** The sensitive part of a resident: stored encrypted, shown whole only to roles that need it. */
export type ResidentSensitive = {
  flags: TargetGroupFlag[];
  careDependency: CareDependency | null;
  chronicIllnesses: string[];
  disability: { type: DisabilityType; grade: 1 | 2 | 3 | 4 } | null;
};

export function tagsOf(s: ResidentSensitive): TargetGroupTag[] {
  return [
    ...s.flags,
    ...(s.careDependency ? [`careDependency:${s.careDependency}` as const] : []),
    ...(s.chronicIllnesses.length > 0 ? ['chronicIllness' as const] : []),
    ...(s.disability ? ['disability' as const] : []),
  ];
}
