// 审计日志: the labels under t('audit.…'), in Chinese and English.
export const zhCN = {
  menu: '审计日志',
  shortcut: '查询账号、权限和敏感数据操作的留痕记录',
  title: '审计日志',
  description: '账号、权限与敏感数据操作留痕，不可修改',
  action: '操作',
  actor: '操作人',
  type: '类型',
  allTypes: '全部类型',
  allActions: '全部操作',
  actorPlaceholder: '操作人姓名或用户名',
  dateRange: '时间范围',
  at: '时间',
  unit: '单位',
  entity: '对象',
  reason: '事由',
  ip: 'IP 地址',
  detail: '详细内容',
  noDetail: '无详细内容',
  empty: '没有符合条件的日志',
};

// The type makes a missing or extra key a compile error.
