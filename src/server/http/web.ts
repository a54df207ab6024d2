import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './errors';

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/**
 * Serves the built single-page app; any unknown non-API GET gets index.html so client routes work.
 * Unknown API paths answer problem+json 404.
 */
export async function registerWeb(app: FastifyInstance) {
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    // wildcard: files built after start-up are served too; a miss falls through to the page below.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api');
    if (isPage && hasWeb) return reply.type('text/html').sendFile('index.html');
    return sendProblem(request, reply, 'http.route_not_found', 404);
  });
}
