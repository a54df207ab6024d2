import { type AnyPgColumn, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { compounds, grids, ownerColumns } from '../org-units/schema';
import { residents } from '../residents/schema';

/**
 * A need (需求) of the community's residents, on the needs list (需求清单) of its unit. It moves
 * new → accepted → onAgenda → inProgress → resolved, or is declined with a reason; a duplicate is
 * merged into another need (status `merged`, `merged_into_id`) and its sources move with it.
 */
export const needs = pgTable(
  'needs',
  {
    id: id(),
    ...ownerColumns(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    category: text('category', {
      enum: [
        'elderCare',
        'childrenYouth',
        'hardship',
        'disability',
        'health',
        'environment',
        'facilities',
        'safety',
        'culture',
        'neighbourhood',
        'other',
      ],
    }).notNull(),
    targetGroup: text('target_group', {
      enum: ['elderly', 'children', 'families', 'disabled', 'hardship', 'allResidents', 'other'],
    }).notNull(),
    compoundId: uuid('compound_id').references(() => compounds.id),
    gridId: uuid('grid_id').references(() => grids.id),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] })
      .notNull()
      .default('normal'),
    status: text('status', {
      enum: ['new', 'accepted', 'onAgenda', 'inProgress', 'resolved', 'declined', 'merged'],
    }).notNull(),
    /** How it first came in; every source (a merge keeps both) is in need_sources. */
    sourceKind: text('source_kind', {
      enum: ['resident', 'gridVisit', 'interview', 'survey', 'suggestion', 'staff'],
    }).notNull(),
    declineReason: text('decline_reason'),
    /** What was done, told to whoever raised it when the need is resolved. */
    resolution: text('resolution'),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => needs.id),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('needs_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('needs_unit_status_idx').on(t.orgUnitId, t.status),
  ],
);

/**
 * Where a need came from: a resident, a grid visit (`ref_id` the visit), a survey answer (the response),
 * a suggestion, an interview or staff. A merged need keeps every source of both. `resident_id` is who
 * is told when the need is resolved.
 */
export const needSources = pgTable(
  'need_sources',
  {
    id: id(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    orgPath: text('org_path').notNull(),
    kind: text('kind', {
      enum: ['resident', 'gridVisit', 'interview', 'survey', 'suggestion', 'staff'],
    }).notNull(),
    refId: uuid('ref_id'),
    residentId: uuid('resident_id').references(() => residents.id),
    note: text('note').notNull().default(''),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('need_sources_need_idx').on(t.needId), index('need_sources_ref_idx').on(t.kind, t.refId)],
);

/**
 * A need's thread (raised → agenda → decision → actions → result), one row per step, written by the
 * needs module and, through its service, by the modules that move the need (meetings, suggestions).
 * `ref_kind`/`ref_id` name the record the step is about (a meeting, an agenda item, an action item…).
 */
export const needEvents = pgTable(
  'need_events',
  {
    id: id(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    orgPath: text('org_path').notNull(),
    kind: text('kind', {
      enum: [
        'raised',
        'accepted',
        'declined',
        'merged',
        'onAgenda',
        'decided',
        'actionAssigned',
        'actionDone',
        'resolved',
        'reopened',
      ],
    }).notNull(),
    note: text('note').notNull().default(''),
    refKind: text('ref_kind', {
      enum: ['need', 'meeting', 'agendaItem', 'actionItem', 'suggestion', 'surveyResponse', 'visit'],
    }),
    refId: uuid('ref_id'),
    actorUserId: text('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('need_events_need_idx').on(t.needId, t.at)],
);
