import { expect } from 'vitest';
import { photoForm } from '../../testing/multipart';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';
import { credit } from './shop-test-kit';

const fields = {
  name: '园山测试大米',
  kind: 'goods',
  donorName: '园山便利店',
  value: '25.00',
  pricePoints: 10,
};
const item = { ...fields, stock: 5 };

export const scopeSamples: ModuleScopeSamples = {
  // A 园山 item with its photo, a held redemption of it by the volunteers module's 园山 volunteer (credited through the
  // points service), and a stock-take.
  async setup(ctx, owners, ids) {
    const headers = owners.yuanshanStaff;
    const post = (url: string, payload: object) => ctx.request({ method: 'POST', url, headers, payload });
    const created = await post('/api/v1/shop-items', item);
    expect(created.statusCode).toBe(201);
    const itemId = created.json().id;
    await credit(ctx, headers, ids.volunteer, 100);
    const redemption = await post(`/api/v1/shop-items/${itemId}/redemptions`, {
      quantity: 1,
      volunteerId: ids.volunteer,
    });
    expect(redemption.statusCode).toBe(201);
    const take = await post(`/api/v1/shop-items/${itemId}/stock-takes`, { countedQuantity: 5, reason: '' });
    expect(take.statusCode).toBe(201);
    const form = await photoForm('file');
    const photo = await ctx.request({
      method: 'PUT',
      url: `/api/v1/shop-items/${itemId}/photo`,
      headers: { ...headers, ...form.headers },
      payload: form.payload,
    });
    expect(photo.statusCode).toBe(200);
    return { shopItem: itemId, redemption: redemption.json().id, stockTake: take.json().id };
  },
  samples: async (ids) => ({
    'POST /api/v1/shop-items': { body: item, ownUnit: true },
    'PATCH /api/v1/shop-items/:id': { body: { ...fields, name: '越权改名' } },
    'POST /api/v1/shop-items/:id/withdraw': {},
    'POST /api/v1/shop-items/:id/relist': {},
    'POST /api/v1/shop-items/:id/restock': { body: { quantity: 5, reason: '越权补货' } },
    'POST /api/v1/shop-items/:id/stock-takes': { body: { countedQuantity: 0, reason: '越权盘点' } },
    // Counter staff name 园山's volunteer; a volunteer of elsewhere redeems for themself: both refused.
    'POST /api/v1/shop-items/:id/redemptions': { body: { quantity: 1, volunteerId: ids.volunteer } },
    'PUT /api/v1/shop-items/:id/photo': { form: await photoForm('file') },
    'DELETE /api/v1/shop-items/:id/photo': {},
    'POST /api/v1/redemptions/:id/collect': {},
    'POST /api/v1/redemptions/:id/cancel': {},
  }),
  targets: {
    '/api/v1/shop-items/:id': 'shopItem',
    '/api/v1/shop-items/:id/withdraw': 'shopItem',
    '/api/v1/shop-items/:id/relist': 'shopItem',
    '/api/v1/shop-items/:id/restock': 'shopItem',
    '/api/v1/shop-items/:id/stock-takes': 'shopItem',
    '/api/v1/shop-items/:id/redemptions': 'shopItem',
    '/api/v1/shop-items/:id/photo': 'shopItem',
    '/api/v1/redemptions/:id/collect': 'redemption',
    '/api/v1/redemptions/:id/cancel': 'redemption',
  },
  leakIds: ['shopItem', 'redemption', 'stockTake'],
};
