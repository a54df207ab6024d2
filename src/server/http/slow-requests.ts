/**
 * Which slow requests to log: the first of each route in a second, carrying how many more of that route
 * were slow since its last line. Under a rush every request is slow, and a line for each would add a
 * synchronous write per request to a server that is already behind.
 */
export function slowRequestSampler(intervalMs = 1000) {
  const routes = new Map<string, { loggedAt: number; unlogged: number }>();
  /** `null` when this one is counted, not logged; else how many were left unlogged before it. */
  return (route: string, now: number): number | null => {
    const last = routes.get(route);
    if (last && now - last.loggedAt < intervalMs) {
      last.unlogged += 1;
      return null;
    }
    routes.set(route, { loggedAt: now, unlogged: 0 });
    return last?.unlogged ?? 0;
  };
}
