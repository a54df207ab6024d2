import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todoList } from '../../core/home/contract';
import { batchedCounts } from './count-batch';
import type { RoutePlugin, TodoSource } from './module';

/**
 * `GET /home/todo`: every module's waiting work for the caller, in the modules' order, without the
 * lines that count nothing. Each module decides by the actor's permissions what it shows.
 */
export function todoRoutes(sources: readonly TodoSource[]): RoutePlugin {
  return async (fastify: FastifyInstance) => {
    fastify.withTypeProvider<ZodTypeProvider>().get('/home/todo', {
      config: { permission: 'authenticated' },
      schema: { tags: ['home'], response: { 200: todoList } },
      handler: async (req) => {
        const ctx = { ...req.ctx, count: batchedCounts(req.ctx.db) };
        const lists = await Promise.all(sources.map((source) => source(ctx)));
        return { items: lists.flat().filter((item) => item.count > 0) };
      },
    });
  };
}
