import type { ErrorMessages } from '../../platform/errors';

export const residentErrors = {
  'residents.no_linked_record': {
    zh: '您的账号尚未关联居民档案，请联系社区工作人员',
    en: 'Your account is not linked to a resident record',
  },
  'residents.not_found': { zh: '居民不存在', en: 'Resident not found' },
  'residents.unknown_grid': { zh: '网格不存在或不在管辖范围内', en: 'Grid not found' },
  'residents.duplicate_id_number': {
    zh: '该证件号码已登记，请勿重复录入',
    en: 'This ID number is already registered',
  },
  'residents.invalid_id_number': { zh: '证件号码不正确', en: 'The ID number is invalid' },
  'residents.id_mismatch': {
    zh: '出生日期或性别与身份证号不一致',
    en: 'Birth date or sex does not agree with the ID number',
  },
  'residents.birth_date_required': {
    zh: '非居民身份证须填写出生日期和性别',
    en: 'Birth date and sex are required for this document type',
  },
  'residents.not_a_community': { zh: '居民只能登记在社区', en: 'Residents belong to a community' },
  'residents.unknown_place': {
    zh: '小区或网格不属于该社区',
    en: 'The compound or grid is not in this community',
  },
  'residents.guardian_required': {
    zh: '未满14周岁儿童须登记监护人',
    en: 'A child under 14 needs a guardian',
  },
  'residents.reason_required': {
    zh: '查看完整信息须说明原因',
    en: 'A reason is required to view the full record',
  },
  'residents.import_not_xlsx': {
    zh: '请上传 Excel 文件（.xlsx 格式）；.xls、.csv 等请先另存为 .xlsx',
    en: 'Please upload an .xlsx file',
  },
  'residents.import_file_missing': { zh: '请选择要导入的文件', en: 'Choose a file to import' },
  'residents.import_too_large': { zh: '文件不能超过20MB', en: 'The file must be at most 20 MB' },
  'residents.import_too_many_rows': { zh: '一次最多导入200000行', en: 'At most 200,000 rows per import' },
  'residents.import_missing_headers': {
    zh: '表头缺少必填列，请使用导入模板',
    en: 'Required columns are missing; use the template',
  },
  'residents.import_has_errors': {
    zh: '文件中有错误行，已全部不导入，请修改后重试',
    en: 'The file has errors; nothing was imported',
  },
} as const satisfies ErrorMessages;

declare module '../../platform/errors' {
  interface ErrorRegistry extends Record<keyof typeof residentErrors, true> {}
}
