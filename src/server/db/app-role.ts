import pg from 'pg';

/** Tables whose history is written and never rewritten: the app may only add and read rows. */
export const appendOnlyTables = ['audit_log', 'points_ledger'] as const;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * What the application's own database role needs and no more (docs/operations.md): it reads and
 * writes the tables but owns none, so it cannot drop them, disable a trigger or TRUNCATE, and on the
 * append-only tables it may only INSERT and SELECT. Run by the owner after every migration.
 */
export function appRoleGrants(role: string): string[] {
  const r = quoteIdent(role);
  return [
    `grant usage on schema public to ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `grant usage, select on all sequences in schema public to ${r}`,
    `revoke update, delete, truncate on ${appendOnlyTables.join(', ')} from ${r}`,
  ];
}

/** Applies the grants through the owner's connection `ownerUrl`, to the role the app connects as. */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<void> {
  const role = decodeURIComponent(new URL(appUrl).username);
  if (!role || role === decodeURIComponent(new URL(ownerUrl).username)) return;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const statement of appRoleGrants(role)) await client.query(statement);
  } finally {
    await client.end();
  }
}
