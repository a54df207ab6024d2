import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnitKinds } from '../../../core/roles';
import { createdAt, id, updatedAt } from '../../db/columns';

export const orgUnits = pgTable(
  'org_units',
  {
    id: id(),
    parentId: uuid('parent_id'),
    kind: text('kind', { enum: orgUnitKinds }).notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    /** Dotted codes from the root, e.g. `350206.350206004.350206004004`: "this unit and below" is a prefix. */
    path: text('path').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('org_units_path_key').on(t.path),
    index('org_units_path_prefix_idx').using('btree', t.path.op('text_pattern_ops')),
    uniqueIndex('org_units_parent_name_key').on(t.parentId, t.name),
    index('org_units_parent_idx').on(t.parentId),
  ],
);

/** Columns of a row owned by a unit: its id and its path, kept together so scope needs no join. */
export const ownerColumns = () => ({
  orgUnitId: uuid('org_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  orgPath: text('org_path').notNull(),
});

export const grids = pgTable(
  'grids',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('grids_unit_name_key').on(t.orgUnitId, t.name),
    index('grids_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);

export const compounds = pgTable(
  'compounds',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['compound', 'apartmentBlock'] })
      .notNull()
      .default('compound'),
    gridId: uuid('grid_id').references(() => grids.id),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('compounds_unit_name_key').on(t.orgUnitId, t.name),
    index('compounds_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);
