// Tags on the phone follow the page's type size (大字模式 included) instead of antd-mobile's fixed 9 px.
export const TAG_STYLE = { fontSize: '0.8em', padding: '2px 6px', lineHeight: 1.3 } as const;
