/**
 * The phone pages' addresses: /m and below. They are a page of their own (mobile.html, antd-mobile only);
 * the server answers them with it, the dev server too, and the desk loads them as a whole page.
 */
export const phonePagePath = /^\/m(\/|\?|#|$)/;

export const isPhonePagePath = (path: string): boolean => phonePagePath.test(path);
