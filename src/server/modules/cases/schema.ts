import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { projects } from '../projects/schema';
import { residents } from '../residents/schema';

/** A case (个案). What is said about the client is ciphertext: goals and every record. */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    ...ownerColumns(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    workerUserId: text('worker_user_id').notNull(),
    workerName: text('worker_name').notNull(),
    supervisorUserId: text('supervisor_user_id'),
    // Kept with the case, like the worker's name, so lists need not read the users module.
    supervisorName: text('supervisor_name'),
    stage: text('stage', {
      enum: ['intake', 'assessment', 'planning', 'intervention', 'evaluation', 'closed'],
    }).notNull(),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    closureReason: text('closure_reason'),
    goalsEnc: text('goals_enc').notNull(),
    // The service project the case is worked under (项目), if any: its figures count the case.
    projectId: uuid('project_id').references(() => projects.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('cases_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('cases_resident_idx').on(t.residentId),
    index('cases_project_idx').on(t.projectId, t.openedOn),
  ],
);

export const caseRecords = pgTable(
  'case_records',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    stage: text('stage').notNull(),
    recordedOn: date('recorded_on').notNull(),
    contentEnc: text('content_enc').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_records_case_idx').on(t.caseId)],
);

/** A regular visit plan, e.g. monthly for each elderly person living alone. */
export const visitPlans = pgTable(
  'visit_plans',
  {
    id: id(),
    ...ownerColumns(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    intervalDays: integer('interval_days').notNull(),
    // The project the visits are made under; each visit copies it when made (see visits.project_id).
    projectId: uuid('project_id').references(() => projects.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('visit_plans_resident_key').on(t.residentId),
    index('visit_plans_project_idx').on(t.projectId),
  ],
);

export const visits = pgTable(
  'visits',
  {
    id: id(),
    ...ownerColumns(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => residents.id),
    visitedOn: date('visited_on').notNull(),
    visitorName: text('visitor_name').notNull(),
    findingsEnc: text('findings_enc').notNull(),
    followUpNeeded: boolean('follow_up_needed').notNull().default(false),
    // Set once, when someone marks the follow-up done; the note is ciphertext like the findings.
    followUpDoneOn: date('follow_up_done_on'),
    followUpDoneBy: text('follow_up_done_by'),
    followUpNoteEnc: text('follow_up_note_enc'),
    // Stored on the visit, not read through the plan, so a plan changing project does not move history.
    projectId: uuid('project_id').references(() => projects.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('visits_resident_idx').on(t.residentId, t.visitedOn),
    index('visits_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('visits_project_idx').on(t.projectId, t.visitedOn),
  ],
);
