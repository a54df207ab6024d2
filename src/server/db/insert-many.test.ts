import { asc, sql } from 'drizzle-orm';
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-db';
import type { DatabaseHandle, Db } from './client';
import { insertMany } from './insert-many';

const samples = pgTable('insert_many_samples', {
  id: uuid('id').primaryKey().defaultRandom(),
  label: text('label').notNull(),
  tags: text('tags').array().notNull(),
  day: date('day'),
  at: timestamp('at', { withTimezone: true }),
  rank: integer('rank').notNull().default(7),
});

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

// The application's database role may not create tables: the samples live in a temporary table of
// one transaction.
const withSamples = (run: (db: Db) => Promise<void>) =>
  handle.db.transaction(async (tx) => {
    await tx.execute(sql`create temporary table insert_many_samples (id uuid primary key
      default gen_random_uuid(), label text not null, tags text[] not null, day date, at timestamptz,
      rank integer not null default 7) on commit drop`);
    await run(tx);
  });

describe('insertMany', () => {
  it('writes every row as a plain insert would: arrays with quotes and commas, nulls, dates, defaults', async () => {
    const rows = [
      {
        label: '甲',
        tags: ['a', 'b,c', 'd"e', 'f\\g', '{h}'],
        day: '2026-01-31',
        at: new Date('2026-02-01T08:00:00Z'),
      },
      { label: '乙', tags: [], day: null, at: null },
      ...Array.from({ length: 300 }, (_, i) => ({
        label: `丙${String(i).padStart(3, '0')}`,
        tags: ['x'],
        day: null,
        at: null,
      })),
    ];
    await withSamples(async (db) => {
      await insertMany(db, samples, rows);
      const stored = await db.select().from(samples).orderBy(asc(samples.label));
      expect(stored).toHaveLength(302);
      const first = stored.find((r) => r.label === '甲');
      expect(first).toMatchObject({ tags: ['a', 'b,c', 'd"e', 'f\\g', '{h}'], day: '2026-01-31', rank: 7 });
      expect(first?.at?.toISOString()).toBe('2026-02-01T08:00:00.000Z');
      expect(stored.find((r) => r.label === '乙')).toMatchObject({ tags: [], day: null, at: null, rank: 7 });
      expect(new Set(stored.map((r) => r.id)).size).toBe(302);
    });
  });

  it('writes nothing for no rows, and nothing at all when one row breaks a rule', async () => {
    await withSamples(async (db) => {
      await insertMany(db, samples, []);
      await insertMany(db, samples, [{ label: '戊', tags: [] }]);
      await expect(
        db.transaction((savepoint) =>
          insertMany(savepoint, samples, [
            { label: '丁', tags: [] },
            { label: null as unknown as string, tags: [] },
          ]),
        ),
      ).rejects.toThrow();
      expect(await db.$count(samples)).toBe(1);
    });
  });

  it('refuses rows that name different columns instead of dropping a value or a default', async () => {
    await withSamples(async (db) => {
      const uneven = [
        { label: '己', tags: [] },
        { label: '庚', tags: [], day: '2026-03-01' },
      ];
      await expect(insertMany(db, samples, uneven)).rejects.toThrow('every row must name the same columns');
      await expect(insertMany(db, samples, [...uneven].reverse())).rejects.toThrow('same columns');
      expect(await db.$count(samples)).toBe(0);
    });
  });
});
