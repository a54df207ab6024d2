import { expect, test } from '@playwright/test';

// The web app as a phone on 4G receives it: compressed, hashed files kept for a year, the page itself
// checked again on every load so a new release shows at once.
test('serves the built files precompressed, with long caching only for hashed assets', async ({
  request,
}) => {
  const page = await request.get('/m', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(page.headers()['cache-control']).toBe('no-cache');
  // The phone pages have their own page and entry (mobile.html), the desk its own.
  const entry = (await page.text()).match(/src="(\/assets\/mobile-[^"]+\.js)"/)?.[1];
  expect(await (await request.get('/sign-in')).text()).toMatch(/src="\/assets\/index-[^"]+\.js"/);
  expect(entry).toBeTruthy();

  const brotli = await request.get(entry ?? '', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const gzip = await request.get(entry ?? '', { headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(entry ?? '', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  // What a browser downloads is a fraction of the file (Playwright's client hands back the decoded body).
  const compressed = Number(brotli.headers()['content-length']);
  expect(compressed).toBeGreaterThan(0);
  expect(compressed).toBeLessThan((await plain.body()).length / 2);
});
