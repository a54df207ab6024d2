/** The database's own error, whether the driver threw it or the query builder wrapped it as its cause. */
const databaseErrorOf = (error: unknown): { code?: string; constraint?: string } | undefined => {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if (typeof (e as { code?: unknown }).code === 'string')
      return e as { code?: string; constraint?: string };
  }
  return undefined;
};

/** Whether a statement failed on the unique index or constraint `name` (SQLSTATE 23505). */
export const isUniqueViolation = (error: unknown, name: string): boolean => {
  const cause = databaseErrorOf(error);
  return cause?.code === '23505' && cause.constraint === name;
};
