import { and, eq } from 'drizzle-orm';
import type { ResponseNeedInput } from '../../../core/surveys/contract';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';

import { raiseNeed, surveyResponseNeeds } from '../needs/service';

import { surveyResponses } from './schema';
import { findSurvey } from './service';

// An answer can raise a need (需求): staff read a response (a text answer, a low score) and put what it
// asks for on the needs list. The need remembers the response as its source, and the resident who gave
// it (none for paper answers) is told when the need is resolved.

/** Raises a need from one response in scope (404 otherwise), in the survey's unit. */
export async function raiseNeedFromResponse(
  ctx: ServiceContext,
  responseId: string,
  input: ResponseNeedInput,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const [response] = await tx.db
      .select({
        id: surveyResponses.id,
        surveyId: surveyResponses.surveyId,
        residentId: surveyResponses.residentId,
      })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.id, responseId), inScope(tx.actor, surveyResponses.orgPath)));
    if (!response) throw new AppError('surveys.response_not_found', 404);
    const survey = await findSurvey(tx, response.surveyId);
    return raiseNeed(tx, {
      title: input.title,
      description: input.description,
      category: input.category,
      targetGroup: input.targetGroup,
      priority: input.priority,
      orgUnitId: survey.orgUnitId,
      source: {
        kind: 'survey',
        refId: response.id,
        residentId: response.residentId,
        note: `问卷「${survey.title}」的答卷`,
      },
    });
  });
}

/** The needs each response has raised (in the caller's scope), by response id. */
export function responseNeedIds(ctx: ServiceContext, responseIds: string[]): Promise<Map<string, string[]>> {
  return surveyResponseNeeds(ctx, responseIds);
}

const demoNeeds = {
  meal: {
    title: '行动不便老人希望助餐送餐上门',
    category: 'elderCare',
    targetGroup: 'elderly',
    priority: 'high',
  },
  corridor: {
    title: '楼道堆放杂物，存在消防隐患',
    category: 'safety',
    targetGroup: 'allResidents',
    priority: 'normal',
  },
  parking: {
    title: '夜间停车位不足，车辆占用消防通道',
    category: 'facilities',
    targetGroup: 'allResidents',
    priority: 'normal',
  },
  afterSchool: {
    title: '双职工家庭儿童放学后无人照看，希望开设课后托管',
    category: 'childrenYouth',
    targetGroup: 'children',
    priority: 'normal',
  },
} as const satisfies Record<string, Omit<ResponseNeedInput, 'description'>>;

/** The demo world: the needs 园山's survey answers raised, through the needs service like any other. */
export async function raiseDemoNeeds(
  ctx: ServiceContext,
  surveyTitle: string,
  raised: { responseId: string; residentId: string | null; need: keyof typeof demoNeeds }[],
): Promise<void> {
  for (const r of raised) {
    await raiseNeed(ctx, {
      ...demoNeeds[r.need],
      description: `来自问卷「${surveyTitle}」的答卷`,
      source: { kind: 'survey', refId: r.responseId, residentId: r.residentId, raisedAt: ctx.clock.now() },
    });
  }
}
