/**
 * Calls `request` until it is refused (a status other than 200) or `withinMs` has passed, and says the
 * last status and how long it took: a session ended elsewhere is refused once the session cache's
 * entry expires, not at once.
 */
export async function untilRefused(
  request: () => Promise<{ statusCode: number }>,
  withinMs = 5000,
): Promise<{ status: number; afterMs: number }> {
  const started = Date.now();
  let status = (await request()).statusCode;
  while (status === 200 && Date.now() - started < withinMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = (await request()).statusCode;
  }
  return { status, afterMs: Date.now() - started };
}
