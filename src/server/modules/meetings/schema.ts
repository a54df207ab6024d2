import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { activities } from '../activities/schema';
import { needs } from '../needs/schema';
import { compounds, orgUnits, ownerColumns } from '../org-units/schema';
import { providers } from '../providers/schema';
import { residents } from '../residents/schema';
import { volunteers, volunteerTeams } from '../volunteers/schema';

/** A kind of meeting a unit adds to the five every unit has (书记下午茶, 季度协调会, 联席会议, 小区议事会客厅, 好厝边智囊团). */
export const meetingKinds = pgTable(
  'meeting_kinds',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('meeting_kinds_unit_name_key').on(t.orgUnitId, t.name),
    index('meeting_kinds_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);

/** 议事规则: the rules of procedure a unit keeps, shown on its meetings' pages. */
export const meetingRules = pgTable('meeting_rules', {
  orgUnitId: uuid('org_unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  orgPath: text('org_path').notNull(),
  body: text('body').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: updatedAt(),
});

/** A deliberation meeting (议事协商会议): planned, then held (minutes, decisions) or cancelled. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    ...ownerColumns(),
    /** One of the five built-in kinds, or `other` with the unit's own kind. */
    kind: text('kind', {
      enum: [
        'secretaryTea',
        'quarterlyCoordination',
        'jointMeeting',
        'compoundParlour',
        'thinkTank',
        'other',
      ],
    }).notNull(),
    customKindId: uuid('custom_kind_id').references(() => meetingKinds.id),
    title: text('title').notNull(),
    /** 主持人, e.g. the community party secretary. */
    hostName: text('host_name').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place').notNull().default(''),
    compoundId: uuid('compound_id').references(() => compounds.id),
    status: text('status', { enum: ['planned', 'held', 'cancelled'] }).notNull(),
    minutes: text('minutes').notNull().default(''),
    /** Why a cancelled meeting was called off; null unless cancelled. */
    cancelReason: text('cancel_reason'),
    /** 记录人 of the minutes. */
    recorderName: text('recorder_name').notNull().default(''),
    heldAt: timestamp('held_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meetings_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('meetings_unit_starts_idx').on(t.orgUnitId, t.startsAt),
    check('meetings_custom_kind_check', sql`(${t.kind} = 'other') = (${t.customKindId} is not null)`),
  ],
);

/** Who takes part: staff, volunteers, partners, residents or others, each signed in on the day. */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    orgPath: text('org_path').notNull(),
    kind: text('kind', { enum: ['staff', 'volunteer', 'partner', 'resident', 'other'] }).notNull(),
    name: text('name').notNull(),
    /** 单位/身份: 业委会, 物业公司, 居民代表 … */
    affiliation: text('affiliation').notNull().default(''),
    userId: text('user_id'),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id),
    residentId: uuid('resident_id').references(() => residents.id),
    providerId: uuid('provider_id').references(() => providers.id),
    signedInAt: timestamp('signed_in_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_participants_meeting_idx').on(t.meetingId)],
);

/** An item on a meeting's agenda (议题), drawn from the needs list or added freely, and its decision (方案). */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    orgPath: text('org_path').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    needId: uuid('need_id').references(() => needs.id),
    discussion: text('discussion').notNull().default(''),
    decision: text('decision'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_need_idx').on(t.needId),
  ],
);

/**
 * An action item (任务) of a decision: what, who (a volunteer team, a partner, a staff member), by
 * when; followed to done with evidence (a note, photos, a linked activity).
 */
export const actionItems = pgTable(
  'action_items',
  {
    id: id(),
    ...ownerColumns(),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    what: text('what').notNull(),
    assigneeKind: text('assignee_kind', { enum: ['volunteerTeam', 'partner', 'staff'] }).notNull(),
    volunteerTeamId: uuid('volunteer_team_id').references(() => volunteerTeams.id),
    providerId: uuid('provider_id').references(() => providers.id),
    staffUserId: text('staff_user_id'),
    /** The assignee's name as shown (a partner that is not a registered provider is a name only). */
    assigneeName: text('assignee_name').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: ['open', 'done', 'cancelled'] }).notNull(),
    evidenceNote: text('evidence_note').notNull().default(''),
    activityId: uuid('activity_id').references(() => activities.id),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: text('done_by'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('action_items_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('action_items_agenda_idx').on(t.agendaItemId),
    index('action_items_team_idx').on(t.volunteerTeamId),
  ],
);

/** A photo as evidence an action item was done; stored like activity photos (thumbnail + display, WebP). */
export const actionItemPhotos = pgTable(
  'action_item_photos',
  {
    id: id(),
    actionItemId: uuid('action_item_id')
      .notNull()
      .references(() => actionItems.id),
    orgPath: text('org_path').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('action_item_photos_item_idx').on(t.actionItemId)],
);
