import { describe, expect, it } from 'vitest';
import { detailLines } from './detail';

describe('audit detail lines', () => {
  it('reads keys in Chinese, flags as 是/否, times in Beijing time, lists and before/after', () => {
    const lines = detailLines(
      {
        title: '重阳茶话会',
        published: true,
        timesMoved: false,
        from: '2026-10-21T01:00:00.000Z',
        visitIds: ['0b9a3c1e-1111-4222-8333-944445555666', '1c9a3c1e-1111-4222-8333-944445555666'],
        before: { status: 'active' },
        after: { status: 'moved', reason: '迁出' },
        somethingNew: 3,
      },
      'zh',
    );
    expect(lines.map((l) => [l.label, l.value])).toEqual([
      ['名称', '重阳茶话会'],
      ['发布后修改', '是'],
      ['调整了活动时间', '否'],
      ['从', '2026-10-21 09:00'],
      ['探访编号', '0b9a3c1e、1c9a3c1e'],
      ['修改前', '状态：active'],
      ['修改后', '状态：moved；原因：迁出'],
      ['somethingNew', '3'],
    ]);
  });
});
