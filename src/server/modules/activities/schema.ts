import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { projects } from '../projects/schema';
import { residents } from '../residents/schema';

/** A community activity (one session) or a group (N sessions), owned by its organiser unit. */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    ...ownerColumns(),
    kind: text('kind', { enum: ['event', 'group'] }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    brands: text('brands').array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    place: text('place').notNull().default(''),
    capacity: integer('capacity').notNull(),
    /** Places taken: changed only under the row lock, never above capacity (a CHECK guards it too). */
    registeredCount: integer('registered_count').notNull().default(0),
    /** The last waitlist number handed out: positions are 1, 2, 3 … in arrival order. */
    waitlistSeq: integer('waitlist_seq').notNull().default(0),
    /**
     * How many wait now, changed under the row lock with each registration that joins or leaves the
     * waitlist: a newcomer's rank is this plus one, with no count of the waitlist under the lock.
     */
    waitlistCount: integer('waitlist_count').notNull().default(0),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }).notNull(),
    /** 优先报名: from this time, before the window opens, volunteers with the priority flag may sign up. */
    priorityOpensAt: timestamp('priority_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }).notNull(),
    cancellationDeadline: timestamp('cancellation_deadline', { withTimezone: true }).notNull(),
    audience: text('audience', { enum: ['community', 'street', 'anyone'] }).notNull(),
    status: text('status', { enum: ['draft', 'published', 'finished', 'cancelled'] })
      .notNull()
      .default('draft'),
    /** The project (项目) it is delivered under, whose purchaser's unit contains the organiser. */
    projectId: uuid('project_id').references(() => projects.id),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('activities_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('activities_project_idx').on(t.projectId),
    check(
      'activities_places_check',
      sql`${t.registeredCount} >= 0 and ${t.registeredCount} <= ${t.capacity}`,
    ),
    check(
      'activities_waitlist_check',
      sql`${t.waitlistCount} >= 0 and ${t.waitlistCount} <= ${t.waitlistSeq}`,
    ),
  ],
);

export const activitySessions = pgTable(
  'activity_sessions',
  {
    id: id(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    orgPath: text('org_path').notNull(),
    seq: integer('seq').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Walk-in guests not in the registry, counted by number. */
    guestCount: integer('guest_count').notNull().default(0),
    /**
     * How many attendance rows the session has, kept by a trigger on `attendances` (migration 0018) so
     * figures add sessions up instead of counting attendance rows on every view.
     */
    attendedCount: integer('attended_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('activity_sessions_seq_key').on(t.activityId, t.seq),
    index('activity_sessions_starts_idx').on(t.startsAt),
  ],
);

export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    orgPath: text('org_path').notNull(),
    status: text('status', { enum: ['registered', 'waitlisted', 'cancelled'] }).notNull(),
    waitlistPosition: integer('waitlist_position'),
    source: text('source', { enum: ['self', 'staff'] }).notNull(),
    createdAt: createdAt(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    // One person registers once: a second live registration is refused by the database itself.
    uniqueIndex('registrations_live_key').on(t.activityId, t.residentId).where(sql`status <> 'cancelled'`),
    index('registrations_waitlist_idx').on(t.activityId, t.status, t.waitlistPosition),
    index('registrations_resident_idx').on(t.residentId),
  ],
);

/** One person at one session counts once (服务人次). */
export const attendances = pgTable(
  'attendances',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => activitySessions.id),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    orgPath: text('org_path').notNull(),
    method: text('method', { enum: ['qr', 'staff', 'paper', 'walkIn'] }).notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('attendances_session_resident_key').on(t.sessionId, t.residentId),
    index('attendances_resident_idx').on(t.residentId),
  ],
);

/**
 * A photo of an activity (活动照片), evidence of delivery for reports. The files live under
 * DATA_DIR/photos/<activityId>/ as a thumbnail and a display size, both WebP without EXIF; the
 * original is not kept.
 */
export const activityPhotos = pgTable(
  'activity_photos',
  {
    id: id(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    ...ownerColumns(),
    /** The session (节) the photo shows, for groups; null when it is about the activity as a whole. */
    sessionId: uuid('session_id').references(() => activitySessions.id),
    caption: text('caption').notNull().default(''),
    /** Of the upright original, before resizing. */
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    thumbBytes: integer('thumb_bytes').notNull(),
    largeBytes: integer('large_bytes').notNull(),
    /** From the camera's EXIF, when it said. */
    takenAt: timestamp('taken_at', { withTimezone: true }),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('activity_photos_activity_idx').on(t.activityId),
    index('activity_photos_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);

/**
 * A service brand (品牌) a unit keeps for its activities. A unit's activities may carry its own brands
 * and those of the units above it, so one street-wide brand counts as one in the figures.
 */
export const brands = pgTable(
  'brands',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('brands_unit_name_key').on(t.orgUnitId, t.name),
    index('brands_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);
