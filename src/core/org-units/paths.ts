/** True when `path` is the unit `scopePath` or one below it (paths are dotted codes from the root). */
export function pathWithin(path: string, scopePath: string): boolean {
  return path === scopePath || path.startsWith(`${scopePath}.`);
}
