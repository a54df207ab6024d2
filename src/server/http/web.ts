import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isPhonePagePath } from '../../core/phone-pages';
import { sendProblem } from './errors';

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/**
 * Vite names every asset by its content hash: such a file never changes, so a browser keeps it for a
 * year. The page itself (and anything unhashed) is checked again on every load, so a new release
 * shows at once.
 */
export function cacheControlOf(filePath: string): string {
  return /[\\/]assets[\\/]/.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The page a client route is answered with: the phone pages (/m and below) are a bundle of their own,
 * mobile.html, without the desk's component library; every other address gets the desk, index.html.
 */
export function pageFor(url: string): 'mobile.html' | 'index.html' {
  return isPhonePagePath(url) ? 'mobile.html' : 'index.html';
}

/**
 * Serves the built web app; any unknown non-API GET gets its page (pageFor) so client routes work.
 * Unknown API paths answer problem+json 404.
 */
export async function registerWeb(app: FastifyInstance) {
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    // wildcard: files built after start-up are served too; a miss falls through to the page below.
    // preCompressed: the .br / .gz the build wrote beside each file, as the browser accepts.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: 'index.html',
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => res.setHeader('cache-control', cacheControlOf(filePath)),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api');
    if (isPage && hasWeb) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile(pageFor(request.url));
    }
    return sendProblem(request, reply, 'http.route_not_found', 404);
  });
}
