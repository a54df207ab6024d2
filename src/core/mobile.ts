export const mobilePattern = /^1[3-9]\d{9}$/;

export function isMobile(value: string): boolean {
  return mobilePattern.test(value);
}
