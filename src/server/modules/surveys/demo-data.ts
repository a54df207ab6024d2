import type { SurveyAnswers, SurveyQuestion } from '../../../core/surveys/contract';
import { createRng, type Rng } from '../../db/demo-data/random';
import {
  type DemoLoader,
  type DemoUnit,
  type DemoWorld,
  yuanshanSocialWorkerAt,
} from '../../platform/demo-world';
import { demoResidentsByIdTail } from '../residents/service';
import {
  type JinshangKind,
  jinshangIdeas,
  jinshangSurvey,
  jinshangWeights,
  yuanshanDetails,
  yuanshanSurvey,
} from './demo-surveys';
import { raiseDemoNeeds } from './response-needs';
import { surveyResponses, surveys } from './schema';

// 金尚's children survey of seed 004 (closed months ago; 60 answers from the three sides, children's on
// paper and naming nobody) and 园山's residents' needs survey (open; 30 answers, some of which raised
// needs on the needs list). Runs after the needs demo.

const DAY_MS = 24 * 3600_000;

const unitOf = (world: DemoWorld, name: string): DemoUnit => {
  const unit = world.units.get(name);
  if (!unit) throw new Error(`the demo world has no ${name}`);
  return unit;
};

/** The demo day's 10:00 in Asia/Shanghai, `days` days back (negative: ahead). */
const daysAgo = (world: DemoWorld, days: number) =>
  new Date(new Date(`${world.today}T10:00:00+08:00`).getTime() - days * DAY_MS);

type Response = {
  channel: 'phone' | 'paper';
  residentId: string | null;
  answers: SurveyAnswers;
  enteredBy: string;
  submittedAt: Date;
};

const pickIndex = (rng: Rng, weights: readonly number[]) =>
  rng.pickWeighted(
    weights.map((_, i) => i),
    weights,
  );

/** One to three options, each drawn by its weight. */
const pickSome = (rng: Rng, weights: readonly number[]) =>
  rng
    .sampleWeighted(
      weights.map((_, i) => i),
      rng.int(1, 3),
      (i) => weights[i],
    )
    .sort((a, b) => a - b);

function jinshangAnswers(rng: Rng, kind: JinshangKind): SurveyAnswers {
  const w = jinshangWeights;
  const answers: SurveyAnswers = {
    kind,
    activities: pickSome(rng, w.activities[kind]),
    spaces: pickSome(rng, w.spaces[kind]),
    satisfaction: pickIndex(rng, w.satisfaction[kind]) + 1,
    helping: pickIndex(rng, w.helping[kind]),
    governance: pickIndex(rng, w.governance[kind]),
  };
  if (rng.chance(0.85)) answers.compound = rng.int(0, 7);
  if (kind !== 0) answers.age = pickIndex(rng, w.age[kind]);
  if (rng.chance(0.45)) answers.ideas = rng.pick(jinshangIdeas[kind]);
  return answers;
}

async function insertSurvey(
  world: DemoWorld,
  unit: DemoUnit,
  definition: {
    title: string;
    intro: string;
    questions: SurveyQuestion[];
    respondentKindQuestionId: string | null;
  },
  dates: { publishedDaysAgo: number; closesDaysAgo: number; closed: boolean },
  createdBy: string,
): Promise<string> {
  const [row] = await world.tx
    .insert(surveys)
    .values({
      orgUnitId: unit.id,
      orgPath: unit.path,
      ...definition,
      status: dates.closed ? 'closed' : 'published',
      closesAt: daysAgo(world, dates.closesDaysAgo),
      publishedAt: daysAgo(world, dates.publishedDaysAgo),
      closedAt: dates.closed ? daysAgo(world, dates.closesDaysAgo) : null,
      createdBy,
      createdAt: daysAgo(world, dates.publishedDaysAgo + 3),
    })
    .returning({ id: surveys.id });
  return row.id;
}

async function loadJinshang(world: DemoWorld) {
  const unit = unitOf(world, '金尚社区');
  const rng = createRng('surveys:jinshang');
  const id = await insertSurvey(
    world,
    unit,
    jinshangSurvey,
    { publishedDaysAgo: 200, closesDaysAgo: 140, closed: true },
    '许嘉怡',
  );
  // Parents answered on the phone or on paper; workers and children on paper (children never by name).
  const parents = await demoResidentsByIdTail(world.tx, {
    unitId: unit.id,
    bornBy: { yearsAgo: 28 },
    limit: 14,
  });
  const plan: { kind: JinshangKind; count: number }[] = [
    { kind: 0, count: 10 },
    { kind: 1, count: 28 },
    { kind: 2, count: 22 },
  ];
  const rows: Response[] = plan.flatMap(({ kind, count }) =>
    Array.from({ length: count }, (_, i) => {
      const phone = kind === 1 && i < parents.length;
      return {
        channel: phone ? 'phone' : 'paper',
        residentId: phone ? parents[i].id : null,
        answers: jinshangAnswers(rng, kind),
        enteredBy: phone ? '居民' : '许嘉怡',
        submittedAt: daysAgo(world, rng.int(141, 198)),
      } satisfies Response;
    }),
  );
  await world.tx
    .insert(surveyResponses)
    .values(rows.map((r) => ({ ...r, surveyId: id, orgPath: unit.path, enteredBy: r.enteredBy })));
}

function yuanshanAnswers(rng: Rng, detail: string | undefined): SurveyAnswers {
  const answers: SurveyAnswers = {
    age: pickIndex(rng, [2, 4, 5, 2]),
    concerns: pickSome(rng, [5, 4, 4, 3, 3, 2, 2]),
    satisfaction: pickIndex(rng, [1, 1, 4, 6, 3]) + 1,
    deliberation: pickIndex(rng, [4, 5, 2]),
  };
  if (detail) answers.detail = detail;
  return answers;
}

async function loadYuanshan(world: DemoWorld) {
  const unit = unitOf(world, '园山社区');
  const rng = createRng('surveys:yuanshan');
  const id = await insertSurvey(
    world,
    unit,
    yuanshanSurvey,
    { publishedDaysAgo: 40, closesDaysAgo: -20, closed: false },
    '陈思远',
  );
  const people = await demoResidentsByIdTail(world.tx, {
    unitId: unit.id,
    bornBy: { yearsAgo: 20 },
    limit: 18,
  });
  const rows: Response[] = Array.from({ length: 30 }, (_, i) => {
    const person = people[i];
    return {
      channel: person ? 'phone' : 'paper',
      residentId: person?.id ?? null,
      answers: yuanshanAnswers(rng, yuanshanDetails[i % 4 === 0 ? i / 4 : -1]?.text),
      enteredBy: person ? '居民' : '陈思远',
      submittedAt: daysAgo(world, 38 - i),
    } satisfies Response;
  });
  const inserted = await world.tx
    .insert(surveyResponses)
    .values(rows.map((r) => ({ ...r, surveyId: id, orgPath: unit.path })))
    .returning({
      id: surveyResponses.id,
      residentId: surveyResponses.residentId,
      answers: surveyResponses.answers,
    });
  // The social worker read the first answers a week in and put the concrete ones on the needs list.
  const raised = inserted.flatMap((r) => {
    const found = yuanshanDetails.find((d) => d.text === r.answers.detail);
    return found?.need ? [{ responseId: r.id, residentId: r.residentId, need: found.need }] : [];
  });
  await raiseDemoNeeds(yuanshanSocialWorkerAt(world, unit, daysAgo(world, 30)), yuanshanSurvey.title, raised);
}

export const loadDemoSurveys: DemoLoader = async (world) => {
  await loadJinshang(world);
  await loadYuanshan(world);
};
