// 组织架构: the labels under t('orgUnits.…'), in Chinese and English.
export const zhCN = {
  menu: '组织架构',
  shortcut: '查看辖区的街道、社区、网格与小区，维护下级单位',
  title: '组织架构',
  description: '区 → 街道 → 社区的层级，以及各社区的网格和小区',
  searchPlaceholder: '按名称搜索',
  name: '名称',
  kind: '类型',
  code: '编码',
  parent: '上级单位',
  gridCount: '网格数',
  compoundCount: '小区数',
  grids: '网格',
  compounds: '小区 / 外口公寓',
  compoundKinds: {
    compound: '小区',
    apartmentBlock: '外口公寓',
  },
  createChild: '新建下级',
  createChildTitle: '在「{{parent}}」下新建{{kind}}',
  rename: '重命名',
  renameTitle: '重命名「{{name}}」',
  renamed: '已重命名',
  detailTitle: '单位详情',
  noGrids: '暂无网格',
  noCompounds: '暂无小区',
  empty: '没有找到组织单位',
  codeHint: '1–20 位字母或数字，在同级中唯一',
  codePattern: '编码只能是 1–20 位字母或数字',
};

// The type makes a missing or extra key a compile error.
