/**
 * An audit row's `detail` as lines a person reads: known keys by their Chinese names, yes/no for
 * flags, times in Beijing time, lists joined, a before/after pair as its own lines.
 */
type Lang = 'zh' | 'en';
type Name = { zh: string; en: string };

const KEYS: Record<string, Name> = {
  title: { zh: '名称', en: 'Title' },
  name: { zh: '姓名/名称', en: 'Name' },
  username: { zh: '用户名', en: 'Username' },
  identifier: { zh: '登录账号', en: 'Signed in as' },
  role: { zh: '角色', en: 'Role' },
  unit: { zh: '单位', en: 'Unit' },
  status: { zh: '状态', en: 'Status' },
  from: { zh: '从', en: 'From' },
  to: { zh: '到', en: 'To' },
  before: { zh: '修改前', en: 'Before' },
  after: { zh: '修改后', en: 'After' },
  reason: { zh: '原因', en: 'Reason' },
  source: { zh: '来源', en: 'Source' },
  via: { zh: '方式', en: 'Via' },
  method: { zh: '方式', en: 'Method' },
  count: { zh: '数量', en: 'Count' },
  added: { zh: '新增', en: 'Added' },
  created: { zh: '新建', en: 'Created' },
  updated: { zh: '更新', en: 'Updated' },
  unchanged: { zh: '未变', en: 'Unchanged' },
  matched: { zh: '匹配', en: 'Matched' },
  points: { zh: '积分', en: 'Points' },
  amount: { zh: '数量', en: 'Amount' },
  quantity: { zh: '数量', en: 'Quantity' },
  stock: { zh: '库存', en: 'Stock' },
  stockBefore: { zh: '原库存', en: 'Stock before' },
  minutes: { zh: '时长（分钟）', en: 'Minutes' },
  totalMinutes: { zh: '总时长（分钟）', en: 'Total minutes' },
  proposedMinutes: { zh: '申请时长（分钟）', en: 'Proposed minutes' },
  intervalDays: { zh: '间隔天数', en: 'Every (days)' },
  topic: { zh: '主题', en: 'Topic' },
  certificateNo: { zh: '证明编号', en: 'Certificate no.' },
  volunteerNo: { zh: '志愿者编号', en: 'Volunteer no.' },
  waitlistPosition: { zh: '候补位次', en: 'Waitlist place' },
  withFindings: { zh: '有发现情况', en: 'With findings' },
  whole: { zh: '完整显示', en: 'Shown whole' },
  wholeIdNumbers: { zh: '含完整证件号', en: 'With whole ID numbers' },
  published: { zh: '发布后修改', en: 'Edited after publishing' },
  timesMoved: { zh: '调整了活动时间', en: 'Times moved' },
  items: { zh: '条目', en: 'Items' },
  residentId: { zh: '居民编号', en: 'Resident' },
  volunteerId: { zh: '志愿者编号', en: 'Volunteer' },
  activityId: { zh: '活动编号', en: 'Activity' },
  projectId: { zh: '项目编号', en: 'Project' },
  itemId: { zh: '商品编号', en: 'Item' },
  userId: { zh: '账号编号', en: 'Account' },
  visitIds: { zh: '探访编号', en: 'Visits' },
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const beijing = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export const detailLabel = (key: string, lang: Lang) => KEYS[key]?.[lang] ?? key;

export function detailValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return beijing.format(new Date(value));
    // An id means nothing to a reader beyond telling rows apart: its first part does that.
    return UUID.test(value) ? value.slice(0, 8) : value;
  }
  if (Array.isArray(value)) return value.map((v) => detailValue(v, lang)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${detailLabel(k, lang)}${lang === 'zh' ? '：' : ': '}${detailValue(v, lang)}`)
      .join(lang === 'zh' ? '；' : '; ');
  }
  return String(value);
}

export type DetailLine = { key: string; label: string; value: string };

export const detailLines = (detail: Record<string, unknown>, lang: Lang): DetailLine[] =>
  Object.entries(detail).map(([key, value]) => ({
    key,
    label: detailLabel(key, lang),
    value: detailValue(value, lang),
  }));
