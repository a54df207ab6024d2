/** The two languages of the product; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en';
