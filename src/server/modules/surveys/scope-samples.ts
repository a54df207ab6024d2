import { expect } from 'vitest';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

const questions = [
  { id: 'kind', kind: 'single', title: '您的身份', options: ['居民', '家长'] },
  { id: 'score', kind: 'scale', title: '满意度', scaleMax: 5 },
];
const answers = { kind: 0, score: 4 };
const need = { title: '越权转需求', category: 'other', targetGroup: 'allResidents' };

export const scopeSamples: ModuleScopeSamples = {
  // A published 园山 survey with a paper answer, and a draft beside it.
  async setup(ctx, owners) {
    const headers = owners.yuanshanStaff;
    const post = (url: string, payload?: object) => ctx.request({ method: 'POST', url, headers, payload });
    const survey = await post('/api/v1/surveys', {
      title: '园山测试问卷',
      questions,
      respondentKindQuestionId: 'kind',
    });
    expect(survey.statusCode).toBe(201);
    const id = survey.json().id;
    expect((await post(`/api/v1/surveys/${id}/publish`)).statusCode).toBe(200);
    const response = await post(`/api/v1/surveys/${id}/responses`, { answers });
    expect(response.statusCode).toBe(201);
    const draft = await post('/api/v1/surveys', { title: '园山草稿问卷', questions });
    return { survey: id, surveyDraft: draft.json().id, surveyResponse: response.json().id };
  },
  samples: () => ({
    'POST /api/v1/surveys': { body: { title: '本单位问卷', questions }, ownUnit: true },
    'PUT /api/v1/surveys/:id': { body: { title: '越权修改', questions } },
    'DELETE /api/v1/surveys/:id': {},
    'POST /api/v1/surveys/:id/publish': {},
    'POST /api/v1/surveys/:id/close': {},
    'POST /api/v1/surveys/:id/duplicate': {},
    'POST /api/v1/surveys/:id/responses': { body: { answers } },
    'POST /api/v1/survey-responses/:id/need': { body: need },
    'POST /api/v1/me/surveys/:id/responses': { body: { answers } },
  }),
  targets: {
    '/api/v1/surveys/:id': 'surveyDraft',
    '/api/v1/surveys/:id/publish': 'surveyDraft',
    '/api/v1/surveys/:id/close': 'survey',
    '/api/v1/surveys/:id/duplicate': 'survey',
    '/api/v1/surveys/:id/responses': 'survey',
    '/api/v1/survey-responses/:id/need': 'surveyResponse',
    '/api/v1/surveys/:id/results': 'survey',
    '/api/v1/surveys/:id/export': 'survey',
    '/api/v1/me/surveys/:id': 'survey',
    '/api/v1/me/surveys/:id/responses': 'survey',
  },
  leakIds: ['survey'],
};
