import type { z } from 'zod';
import type { AgeBand } from '../../core/residents/age-bands';
import type {
  ResidentDetail as CoreResidentDetail,
  ResidentRow as CoreResidentRow,
  consentInput,
  ResidentAttention,
  residentInput,
  residentReveal,
} from '../../core/residents/contract';
import { apiRequest } from './client';
import { downloadFile, sendFile } from './files';
import type { Page } from './types';

export type { ResidentAttention };
export type ResidentRow = CoreResidentRow;
export type ResidentDetail = CoreResidentDetail;
export type ResidentInput = z.input<typeof residentInput>;
export type ResidentReveal = z.infer<typeof residentReveal>;
export type ConsentInput = z.input<typeof consentInput>;
export type ResidentStatus = ResidentRow['status'];
export type ResidentSort = 'name' | 'birthDate' | '-birthDate' | 'createdAt';

export type ResidentFilters = {
  q?: string;
  compoundId?: string;
  gridId?: string;
  tag?: string;
  ageBand?: AgeBand;
  asOf?: string;
  status?: ResidentStatus | 'all';
  sort?: ResidentSort;
  /** Records needing attention, as the home's lines open them. */
  attention?: ResidentAttention;
};

export type ResidentListQuery = ResidentFilters & { page: number; pageSize: number };

// The roster import's answer (dry run and commit): counts, and each bad row with its column.
export type ImportRowError = { row: number; column: string; message: string };
export type ImportReport = {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportRowError[];
};

export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

const residentPath = (id: string) => `/api/v1/residents/${encodeURIComponent(id)}`;

export const listResidents = (query: ResidentListQuery): Promise<Page<ResidentRow>> =>
  apiRequest('/api/v1/residents', { query });

export const getResident = (id: string): Promise<ResidentDetail> => apiRequest(residentPath(id));

// The whole record; the server writes the reason into the audit log.
export const revealResident = (id: string, reason: string): Promise<ResidentReveal> =>
  apiRequest(`${residentPath(id)}/reveal`, { query: { reason } });

export const createResident = (input: ResidentInput): Promise<ResidentDetail> =>
  apiRequest('/api/v1/residents', { method: 'POST', body: input });

export const updateResident = (id: string, input: ResidentInput): Promise<ResidentDetail> =>
  apiRequest(residentPath(id), { method: 'PUT', body: input });

export const setResidentStatus = (
  id: string,
  input: { status: ResidentStatus; statusDate: string },
): Promise<ResidentDetail> => apiRequest(`${residentPath(id)}/status`, { method: 'POST', body: input });

export const addConsent = (id: string, input: ConsentInput): Promise<ResidentDetail> =>
  apiRequest(`${residentPath(id)}/consents`, { method: 'POST', body: input });

export const downloadImportTemplate = (): Promise<void> =>
  downloadFile('/api/v1/residents/import-template', '居民名册导入模板.xlsx');

// A whole export names its reason, which the server writes into the audit log.
export const exportResidents = (filters: ResidentFilters, wholeReason: string | null): Promise<void> =>
  downloadFile('/api/v1/residents/export', '居民名册.xlsx', {
    ...filters,
    whole: wholeReason !== null,
    ...(wholeReason ? { reason: wholeReason } : {}),
  });

// Only the rows ticked on the list, masked as the list shows them; audited as a selection.
export const exportSelectedResidents = (ids: readonly string[]): Promise<void> =>
  downloadFile('/api/v1/residents/export', '居民名册.xlsx', { ids });

const rosterForm = (file: File): FormData => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

export const dryRunImport = async (file: File, signal?: AbortSignal): Promise<ImportReport> => {
  const response = await sendFile('/api/v1/residents/import/dry-run', {
    method: 'POST',
    body: rosterForm(file),
    signal,
  });
  return (await response.json()) as ImportReport;
};

/** Where a commit is: checking the rows, then writing them in one transaction. */
export type ImportProgress = { phase: 'checking' | 'writing'; done: number; total: number };

type CommitLine =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; report: ImportReport }
  | { type: 'rejected' | 'failed'; message: string };

export class ImportFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFailedError';
  }
}

// Asked for progress lines, the commit answers with one JSON object per line while it checks the rows
// and then writes them in one transaction: progress lines, then `done` (everything written), or
// `rejected` / `failed` (nothing written).
export const commitImport = async (
  file: File,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> => {
  const response = await sendFile('/api/v1/residents/import/commit', {
    method: 'POST',
    body: rosterForm(file),
    accept: 'application/x-ndjson',
  });
  if (!response.body) throw new ImportFailedError('');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  const outcome: { report: ImportReport | null } = { report: null };
  const handle = (text: string) => {
    if (!text.trim()) return;
    const line = JSON.parse(text) as CommitLine;
    if (line.type === 'progress') onProgress(line);
    else if (line.type === 'done') outcome.report = line.report;
    else throw new ImportFailedError(line.message);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) handle(line);
  }
  handle(buffered);
  if (!outcome.report) throw new ImportFailedError('');
  return outcome.report;
};
