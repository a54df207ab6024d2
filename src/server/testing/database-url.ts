export const templateDatabase = 'jinlin_test_template';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The role test apps connect as on PostgreSQL: not the tables' owner, as in production. */
export const testAppRole = 'jinlin_test_app';

export function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}
