// 社工机构: the labels under t('providers.…'), in Chinese and English.
export const zhCN = {
  menu: '社工机构',
  shortcut: '维护承接项目的社工机构信息',
  title: '社工机构',
  description: '承接政府购买服务项目的社会工作服务机构',
  name: '机构名称',
  creditCode: '统一社会信用代码',
  contactName: '联系人',
  contactPhone: '联系电话',
  create: '新建机构',
  createTitle: '新建社工机构',
  editTitle: '编辑社工机构',
  creditCodePattern: '统一社会信用代码应为 18 位数字或大写字母',
  contactPhonePattern: '请输入有效的 11 位手机号',
  empty: '还没有社工机构',
};

// The type makes a missing or extra key a compile error.
