import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { compounds, grids, ownerColumns } from '../org-units/schema';

export const households = pgTable(
  'households',
  {
    id: id(),
    ...ownerColumns(),
    /** 户号, unique within the community. */
    householdNo: text('household_no').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('households_unit_no_key').on(t.orgUnitId, t.householdNo)],
);

/**
 * A resident. Identifying and sensitive values are AES-256-GCM ciphertext (`*_enc`) with keyed hashes
 * (`*_hash`) for matching; `group_tags` holds keyed tokens of the target groups (see decision 003),
 * so counts and filters run in SQL without the words "低保" or "残疾" being in the database.
 */
export const residents = pgTable(
  'residents',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    idType: text('id_type', {
      enum: ['residentId', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'other'],
    }).notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idTail: text('id_tail').notNull(),
    /** As lists show it (`maskIdNumber`), kept so that a page of residents decrypts nothing. */
    idNumberMasked: text('id_number_masked'),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    birthDate: date('birth_date').notNull(),
    mobileEnc: text('mobile_enc'),
    mobileHash: text('mobile_hash'),
    mobileTail: text('mobile_tail'),
    /** As lists show it (`maskMobile`). */
    mobileMasked: text('mobile_masked'),
    hukouType: text('hukou_type', { enum: ['hukou', 'migrant'] }).notNull(),
    compoundId: uuid('compound_id').references(() => compounds.id),
    gridId: uuid('grid_id').references(() => grids.id),
    roomEnc: text('room_enc'),
    householdId: uuid('household_id').references(() => households.id),
    relationToHead: text('relation_to_head'),
    politicalStatus: text('political_status'),
    groupTags: text('group_tags').array().notNull().default(sql`'{}'::text[]`),
    sensitiveEnc: text('sensitive_enc').notNull(),
    notesEnc: text('notes_enc'),
    /** Keyed hash of everything the roster says about the person: equal means a re-import changes nothing. */
    contentHash: text('content_hash').notNull(),
    /** The account of a resident who uses the phone pages (sign-up, check-in), if any. */
    userId: text('user_id').unique(),
    /** Why the community holds the sensitive part: its legal duty, unless a separate consent was recorded. */
    legalBasis: text('legal_basis', { enum: ['legalDuty', 'consent'] })
      .notNull()
      .default('legalDuty'),
    status: text('status', { enum: ['active', 'movedAway', 'died'] })
      .notNull()
      .default('active'),
    statusDate: date('status_date'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('residents_id_number_hash_key').on(t.idNumberHash),
    index('residents_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    // The registry list of one community (its scope is an equality, see http/scope.ts): a page sorted
    // by name or birth date reads the rows it returns; the count of an age band reads only the index.
    index('residents_path_name_idx').on(t.orgPath, t.status, t.name, t.id),
    index('residents_path_birth_idx').on(t.orgPath, t.status, t.birthDate, t.id),
    index('residents_tags_idx').using('gin', t.groupTags),
    index('residents_household_idx').on(t.householdId),
    index('residents_mobile_hash_idx').on(t.mobileHash),
  ],
);

/** 个人信息保护法: the separate consent, or the legal duty, under which sensitive data is held. */
export const residentConsents = pgTable(
  'resident_consents',
  {
    id: id(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    basis: text('basis', { enum: ['consent', 'legalDuty'] }).notNull(),
    purposes: text('purposes').array().notNull(),
    textVersion: text('text_version'),
    guardianName: text('guardian_name'),
    guardianRelation: text('guardian_relation'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('resident_consents_resident_idx').on(t.residentId)],
);

/** Where each target-group attribute came from: document, who recorded it, verified on which date. */
export const residentAttributeSources = pgTable(
  'resident_attribute_sources',
  {
    id: id(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    attribute: text('attribute').notNull(),
    sourceEnc: text('source_enc').notNull(),
    recordedBy: text('recorded_by').notNull(),
    verifiedOn: date('verified_on'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('resident_attribute_sources_key').on(t.residentId, t.attribute)],
);
