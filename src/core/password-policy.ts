/**
 * 等保 2.0 style policy: at least 8 characters from at least three of four classes.
 * Returns the error code of the first rule broken, or null.
 */
export function checkPasswordPolicy(
  password: string,
): 'auth.password_too_short' | 'auth.password_too_weak' | null {
  if (password.length < 8 || password.length > 128) return 'auth.password_too_short';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3 ? null : 'auth.password_too_weak';
}

/** The field message for each broken rule, shown under the password box. */
export const passwordPolicyMessages: Record<NonNullable<ReturnType<typeof checkPasswordPolicy>>, string> = {
  'auth.password_too_short': '密码长度需为8至128位',
  'auth.password_too_weak': '密码需包含大写字母、小写字母、数字、符号中的至少三类',
};
