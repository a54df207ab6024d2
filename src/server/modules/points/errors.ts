import type { ErrorMessages } from '../../platform/errors';

export const pointsErrors = {
  'points.insufficient': { zh: '可用积分不足', en: 'Not enough points available' },
  'points.would_go_negative': {
    zh: '这些积分已被使用或冻结，不能冲正或扣减，否则余额将小于零',
    en: 'These points are already spent or held: the balance would go below zero',
  },
  'points.account_not_found': {
    zh: '该志愿者还没有积分账户',
    en: 'This volunteer has no points account yet',
  },
  'points.bad_amount': {
    zh: '积分须为不等于零的整数',
    en: 'Points must be a whole number other than zero',
  },
  'points.hold_mismatch': {
    zh: '冻结的积分少于要释放或扣除的积分',
    en: 'Fewer points are held than this would release or deduct',
  },
  'points.entry_not_found': { zh: '积分明细不存在', en: 'Ledger entry not found' },
  'points.already_reversed': {
    zh: '这笔积分已经冲正过，不能再次冲正',
    en: 'This entry has already been reversed',
  },
  'points.not_reversible': {
    zh: '兑换扣减和冲正记录不能冲正（兑换请在友邻超市处理）',
    en: 'Redemptions and reversals cannot be reversed here',
  },
  'points.rule_in_past': {
    zh: '新规则不能从过去的时间生效，已发放的积分不会按新规则重算',
    en: 'A new rule cannot take effect in the past',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof pointsErrors, true> {}
}
