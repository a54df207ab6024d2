import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { activities } from '../activities/schema';
import { compounds, orgUnits, ownerColumns } from '../org-units/schema';
import { residents } from '../residents/schema';

/**
 * A volunteer (志愿者) of a community. A local volunteer is linked to the resident registry and takes
 * identity from there; a standalone one (a merchant, property staff from elsewhere) carries its own,
 * encrypted like residents' (`*_enc` ciphertext, `*_hash` keyed hash for matching, `*_tail` for masks).
 * The public volunteer number is never derived from the ID number.
 */
export const volunteers = pgTable(
  'volunteers',
  {
    id: id(),
    ...ownerColumns(),
    /** 志愿者编号, e.g. "YS-000123": printed on certificates and exports instead of the ID number. */
    volunteerNo: text('volunteer_no').notNull(),
    residentId: uuid('resident_id').references(() => residents.id),
    /** The account the volunteer signs in with on the phone, if any. */
    userId: text('user_id'),
    name: text('name').notNull(),
    idType: text('id_type', {
      enum: ['residentId', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'other'],
    }).notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idTail: text('id_tail').notNull(),
    birthDate: date('birth_date').notNull(),
    mobileEnc: text('mobile_enc'),
    mobileHash: text('mobile_hash'),
    mobileTail: text('mobile_tail'),
    /** Who the volunteer comes from (业委会, 物业, 党员, 居民骨干, 商户 …) and the name of that body. */
    affiliation: text('affiliation', {
      enum: ['resident', 'ownersCommittee', 'propertyManager', 'partyMember', 'business', 'other'],
    }).notNull(),
    affiliationName: text('affiliation_name').notNull().default(''),
    /** 双报到: a party member reporting to the community as well as the workplace. */
    dualRegistered: boolean('dual_registered').notNull().default(false),
    role: text('role', { enum: ['backbone', 'member'] })
      .notNull()
      .default('member'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    availability: text('availability').notNull().default(''),
    status: text('status', { enum: ['applied', 'active', 'rejected', 'left'] }).notNull(),
    rejectReason: text('reject_reason'),
    source: text('source', { enum: ['self', 'staff'] }).notNull(),
    /** A guardian's consent for a volunteer aged 14–17: guardian name and mobile, encrypted JSON. */
    guardianConsentEnc: text('guardian_consent_enc'),
    guardianConsentAt: timestamp('guardian_consent_at', { withTimezone: true }),
    /** 优先权: commended volunteers whom activities may admit first at registration. */
    priority: boolean('priority').notNull().default(false),
    screenedBy: text('screened_by'),
    screenedAt: timestamp('screened_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('volunteers_no_key').on(t.volunteerNo),
    // One person volunteers once per community; a rejected application may be made again.
    uniqueIndex('volunteers_unit_person_key')
      .on(t.orgUnitId, t.idNumberHash)
      .where(sql`status <> 'rejected'`),
    uniqueIndex('volunteers_user_key').on(t.userId).where(sql`status <> 'rejected'`),
    index('volunteers_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('volunteers_resident_idx').on(t.residentId),
  ],
);

/** 志愿队: a community team (社区总支) with compound sub-teams (小区分支) under it. */
export const volunteerTeams = pgTable(
  'volunteer_teams',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    parentTeamId: uuid('parent_team_id').references((): AnyPgColumn => volunteerTeams.id),
    compoundId: uuid('compound_id').references(() => compounds.id),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('volunteer_teams_unit_name_key').on(t.orgUnitId, t.name),
    index('volunteer_teams_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);

/** A volunteer may belong to several teams; a team has one or more leaders. */
export const volunteerTeamMembers = pgTable(
  'volunteer_team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => volunteerTeams.id),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    orgPath: text('org_path').notNull(),
    isLeader: boolean('is_leader').notNull().default(false),
    joinedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.volunteerId] }),
    index('volunteer_team_members_volunteer_idx').on(t.volunteerId),
  ],
);

/**
 * A training session. 社工教骨干、骨干带全员: a social worker trains backbone volunteers, who then train
 * the members, so the trainer is either a staff member by name or a backbone volunteer.
 */
export const volunteerTrainings = pgTable(
  'volunteer_trainings',
  {
    id: id(),
    ...ownerColumns(),
    topic: text('topic').notNull(),
    trainerKind: text('trainer_kind', { enum: ['socialWorker', 'backbone', 'external'] }).notNull(),
    trainerName: text('trainer_name').notNull(),
    trainerVolunteerId: uuid('trainer_volunteer_id').references(() => volunteers.id),
    heldOn: date('held_on').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('volunteer_trainings_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('volunteer_trainings_duration_check', sql`${t.durationMinutes} > 0`),
  ],
);

export const volunteerTrainingAttendees = pgTable(
  'volunteer_training_attendees',
  {
    trainingId: uuid('training_id')
      .notNull()
      .references(() => volunteerTrainings.id),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    orgPath: text('org_path').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.volunteerId] }),
    index('volunteer_training_attendees_volunteer_idx').on(t.volunteerId),
  ],
);

/** A position an activity asks volunteers for (岗位): how many, when, doing what. */
export const volunteerPositions = pgTable(
  'volunteer_positions',
  {
    id: id(),
    ...ownerColumns(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    title: text('title').notNull(),
    content: text('content').notNull().default(''),
    place: text('place').notNull().default(''),
    count: integer('count').notNull(),
    /** Places taken: changed only under the row lock, never above count (the CHECK guards it too). */
    filled: integer('filled').notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('volunteer_positions_activity_idx').on(t.activityId),
    index('volunteer_positions_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('volunteer_positions_filled_check', sql`${t.filled} >= 0 and ${t.filled} <= ${t.count}`),
    check('volunteer_positions_time_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A volunteer's sign-up for a position (排班), checked in and out on the day. */
export const volunteerShifts = pgTable(
  'volunteer_shifts',
  {
    id: id(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => volunteerPositions.id),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    orgPath: text('org_path').notNull(),
    status: text('status', { enum: ['signedUp', 'cancelled'] })
      .notNull()
      .default('signedUp'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('volunteer_shifts_live_key')
      .on(t.positionId, t.volunteerId)
      .where(sql`status <> 'cancelled'`),
    index('volunteer_shifts_volunteer_idx').on(t.volunteerId),
    check(
      'volunteer_shifts_out_after_in_check',
      sql`${t.checkedOutAt} is null or (${t.checkedInAt} is not null and ${t.checkedOutAt} >= ${t.checkedInAt})`,
    ),
  ],
);

/**
 * 志愿服务记录 (民政部令第67号): who served, in which activity, on what date, where, doing what, for how
 * long, recorded by which unit. Minutes are whole; the unit's rounding rule makes them multiples of
 * 30. 谁组织谁记录: the owner unit is the unit that organised the service and it alone certifies it.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    id: id(),
    ...ownerColumns(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    activityId: uuid('activity_id').references(() => activities.id),
    shiftId: uuid('shift_id').references(() => volunteerShifts.id),
    serviceDate: date('service_date').notNull(),
    place: text('place').notNull(),
    content: text('content').notNull(),
    /** Proposed from the check-in/out span, or entered by staff for service outside an activity. */
    proposedMinutes: integer('proposed_minutes').notNull(),
    /** What was approved; differs from the proposal only with a correction reason. */
    minutes: integer('minutes'),
    status: text('status', { enum: ['proposed', 'approved', 'rejected'] })
      .notNull()
      .default('proposed'),
    correctionReason: text('correction_reason'),
    rejectReason: text('reject_reason'),
    /** Made more than the unit's allowed days after the service (记录不及时). */
    late: boolean('late').notNull().default(false),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('service_records_shift_key').on(t.shiftId),
    index('service_records_volunteer_idx').on(t.volunteerId, t.serviceDate),
    index('service_records_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('service_records_activity_idx').on(t.activityId),
    check(
      'service_records_minutes_check',
      sql`${t.proposedMinutes} >= 0 and (${t.minutes} is null or ${t.minutes} >= 0)`,
    ),
  ],
);

/** A volunteer's request to correct one of their records, and the unit's answer. */
export const serviceRecordCorrections = pgTable(
  'service_record_corrections',
  {
    id: id(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => serviceRecords.id),
    orgPath: text('org_path').notNull(),
    requestedMinutes: integer('requested_minutes').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'accepted', 'declined'] })
      .notNull()
      .default('open'),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('service_record_corrections_record_idx').on(t.recordId),
    uniqueIndex('service_record_corrections_open_key').on(t.recordId).where(sql`status = 'open'`),
  ],
);

/** 表扬: a commendation of a volunteer for a month or a year, which may carry a priority flag. */
export const commendations = pgTable(
  'commendations',
  {
    id: id(),
    ...ownerColumns(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    /** "2026-11" for a month, "2026" for a year. */
    period: text('period').notNull(),
    title: text('title').notNull(),
    reason: text('reason').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('commendations_volunteer_idx').on(t.volunteerId),
    index('commendations_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);

/** 志愿服务证明: one certificate issued by a unit from its approved records, numbered per unit and year. */
export const volunteerCertificates = pgTable(
  'volunteer_certificates',
  {
    id: id(),
    ...ownerColumns(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    certificateNo: text('certificate_no').notNull(),
    totalMinutes: integer('total_minutes').notNull(),
    recordIds: uuid('record_ids').array().notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('volunteer_certificates_no_key').on(t.certificateNo),
    index('volunteer_certificates_volunteer_idx').on(t.volunteerId),
  ],
);

/**
 * A unit's volunteer rules: how check-in/out spans round into hours, the star thresholds, after how
 * many days a record counts as late, and who signs its certificates. A unit without a row uses the
 * defaults in `core/volunteers/rules.ts`.
 */
export const volunteerSettings = pgTable('volunteer_settings', {
  orgUnitId: uuid('org_unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  orgPath: text('org_path').notNull(),
  /** [{ upToMinutes, hours }] bands for the part of a span past whole hours; see core rules. */
  rounding: jsonb('rounding').notNull(),
  starThresholdHours: integer('star_threshold_hours').array().notNull(),
  lateAfterDays: integer('late_after_days').notNull(),
  certificateResponsible: text('certificate_responsible').notNull().default(''),
  certificateHandler: text('certificate_handler').notNull().default(''),
  certificateContact: text('certificate_contact').notNull().default(''),
  updatedAt: updatedAt(),
});
