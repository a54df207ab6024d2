import type { z } from 'zod';
import type {
  MySurveyDetail,
  MySurveySummary,
  QuestionResult,
  ResponseNeedInput,
  SurveyAnswers,
  SurveyDetail,
  SurveyQuestion,
  SurveyResponseView,
  SurveyResults,
  SurveyStatus,
  SurveySummary,
  surveyInput,
} from '../../../core/surveys/contract';
import { apiRequest } from '../../api/client';
import { downloadFile } from '../../api/files';
import type { Page } from '../../api/types';

export type {
  MySurveyDetail,
  MySurveySummary,
  QuestionResult,
  SurveyAnswers,
  SurveyDetail,
  SurveyQuestion,
  SurveyResponseView,
  SurveyResults,
  SurveyStatus,
  SurveySummary,
};
export type SurveyInput = z.input<typeof surveyInput>;
export type ResponseNeed = Omit<ResponseNeedInput, 'description' | 'priority'> &
  Partial<Pick<ResponseNeedInput, 'description' | 'priority'>>;

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for a few lists.
export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const satisfies readonly SurveyStatus[];
export const QUESTION_KINDS = [
  'single',
  'multiple',
  'scale',
  'text',
] as const satisfies readonly SurveyQuestion['kind'][];
export const NEED_CATEGORIES = [
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
] as const satisfies readonly ResponseNeedInput['category'][];
export const NEED_TARGET_GROUPS = [
  'elderly',
  'children',
  'families',
  'disabled',
  'hardship',
  'allResidents',
  'other',
] as const satisfies readonly ResponseNeedInput['targetGroup'][];

export type SurveyListQuery = { status?: SurveyStatus; q?: string; page: number; pageSize: number };

export const listSurveys = (query: SurveyListQuery) =>
  apiRequest<Page<SurveySummary>>('/api/v1/surveys', { query });
export const getSurvey = (id: string) => apiRequest<SurveyDetail>(`/api/v1/surveys/${id}`);
export const createSurvey = (input: SurveyInput) =>
  apiRequest<SurveyDetail>('/api/v1/surveys', { method: 'POST', body: input });
export const updateSurvey = (id: string, input: SurveyInput) =>
  apiRequest<SurveyDetail>(`/api/v1/surveys/${id}`, { method: 'PUT', body: input });
export const deleteSurvey = (id: string) => apiRequest<void>(`/api/v1/surveys/${id}`, { method: 'DELETE' });
export const changeSurvey = (id: string, action: 'publish' | 'close' | 'duplicate') =>
  apiRequest<SurveyDetail>(`/api/v1/surveys/${id}/${action}`, { method: 'POST' });
export const getResults = (id: string) => apiRequest<SurveyResults>(`/api/v1/surveys/${id}/results`);
export const listResponses = (id: string, page: { page: number; pageSize: number }) =>
  apiRequest<Page<SurveyResponseView>>(`/api/v1/surveys/${id}/responses`, { query: page });
export const enterPaperResponse = (id: string, answers: SurveyAnswers) =>
  apiRequest<{ id: string }>(`/api/v1/surveys/${id}/responses`, { method: 'POST', body: { answers } });
export const raiseNeed = (responseId: string, input: ResponseNeed) =>
  apiRequest<{ id: string }>(`/api/v1/survey-responses/${responseId}/need`, { method: 'POST', body: input });
export const exportResults = (id: string) => downloadFile(`/api/v1/surveys/${id}/export`, '问卷结果.xlsx');

export const listMySurveys = () => apiRequest<{ items: MySurveySummary[] }>('/api/v1/me/surveys');
export const getMySurvey = (id: string) => apiRequest<MySurveyDetail>(`/api/v1/me/surveys/${id}`);
export const answerMySurvey = (id: string, answers: SurveyAnswers) =>
  apiRequest<{ id: string }>(`/api/v1/me/surveys/${id}/responses`, { method: 'POST', body: { answers } });
