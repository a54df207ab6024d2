import sharp from 'sharp';
import { expect } from 'vitest';
import { multipartForm } from '../../testing/multipart';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

const needBody = { title: '越权转需求', category: 'facilities', targetGroup: 'allResidents' };

export const scopeSamples: ModuleScopeSamples = {
  // resident1 (园山) posts a suggestion with a photo; 园山's staff answer it and publish the reply.
  async setup(ctx, owners) {
    const author = await ctx.signIn('resident1');
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    const form = multipartForm([
      { field: 'title', value: '园山路灯坏了' },
      { field: 'body', value: '南门路灯坏了一周' },
      { field: 'files', filename: 'lamp.png', buffer: photo },
    ]);
    const posted = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/suggestions',
      headers: { ...author, ...form.headers },
      payload: form.payload,
    });
    expect(posted.statusCode).toBe(201);
    const id = posted.json().id;
    const replied = await ctx.request({
      method: 'POST',
      url: `/api/v1/suggestions/${id}/reply`,
      headers: owners.yuanshanStaff,
      payload: { reply: '已安排物业维修路灯', publish: true },
    });
    expect(replied.statusCode).toBe(200);
    return { suggestion: id, suggestionPhoto: posted.json().photos[0].id };
  },
  samples: () => ({
    // A resident posts as their own resident record, at their own community: no target to abuse.
    'POST /api/v1/me/suggestions': { ownUnit: true },
    'POST /api/v1/suggestions/:id/route': { body: { to: 'gridWorker', name: '越权网格员' } },
    'POST /api/v1/suggestions/:id/reply': { body: { reply: '越权答复的内容', publish: true } },
    'POST /api/v1/suggestions/:id/close': {},
    'POST /api/v1/suggestions/:id/need': { body: needBody },
  }),
  targets: {
    '/api/v1/suggestions/:id': 'suggestion',
    '/api/v1/suggestions/:id/route': 'suggestion',
    '/api/v1/suggestions/:id/reply': 'suggestion',
    '/api/v1/suggestions/:id/close': 'suggestion',
    '/api/v1/suggestions/:id/need': 'suggestion',
    '/api/v1/suggestion-photos/:id/thumb': 'suggestionPhoto',
    '/api/v1/suggestion-photos/:id/large': 'suggestionPhoto',
    '/api/v1/me/suggestion-photos/:id/thumb': 'suggestionPhoto',
    '/api/v1/me/suggestion-photos/:id/large': 'suggestionPhoto',
  },
  leakIds: ['suggestion'],
};
