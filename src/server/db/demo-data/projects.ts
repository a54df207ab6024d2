import { eq } from 'drizzle-orm';
import { activities } from '../../modules/activities/schema';
import { projects } from '../../modules/projects/schema';
import type { Db } from '../client';
import type { demoProviders } from './accounts';

type Unit = { id: string; path: string };
type ProviderKey = (typeof demoProviders)[number]['key'];

type DemoProject = {
  community: string;
  name: string;
  provider: ProviderKey;
  /** 0: the service year the demo day falls in; -1: the one before, which has ended. */
  year: 0 | -1;
  projectYear: number;
  scope: 'comprehensive' | 'single';
  budgetYuan: number;
};

// Names and budgets after seeds 000 (园山) and 004 (金尚); 金尚's first year has ended, its second runs.
const demoProjects: DemoProject[] = [
  {
    community: '园山社区',
    name: '三维发力助力幸福‘园’满——园山社区多元联盟协同治理项目（第一期）',
    provider: 'jinlin',
    year: 0,
    projectYear: 1,
    scope: 'comprehensive',
    budgetYuan: 250_000,
  },
  {
    community: '金尚社区',
    name: '“筑梦‘童’行”——金尚社区儿童友好型社区项目（第一期）',
    provider: 'tongxin',
    year: -1,
    projectYear: 1,
    scope: 'single',
    budgetYuan: 250_000,
  },
  {
    community: '金尚社区',
    name: '“筑梦‘童’行”——金尚社区儿童友好型社区项目（第二期）',
    provider: 'tongxin',
    year: 0,
    projectYear: 2,
    scope: 'single',
    budgetYuan: 250_000,
  },
];

/** The service year (1 October to 30 September) that `today` (YYYY-MM-DD) falls in, shifted by `offset`. */
export function serviceYear(today: string, offset: number): { periodStart: string; periodEnd: string } {
  const year = Number(today.slice(0, 4));
  const first = (today.slice(5) >= '10-01' ? year : year - 1) + offset;
  return { periodStart: `${first}-10-01`, periodEnd: `${first + 1}-09-30` };
}

/**
 * Each demo community's projects with the demo contractors; every demo activity of a community joins
 * the project running there, so figures per project have something to count. Answers the running
 * project of each community, for the demo cases and visits to join it too.
 */
export async function loadDemoProjects(
  tx: Db,
  units: Map<string, Unit>,
  providerIds: Map<string, string>,
  today: string,
): Promise<Map<string, string>> {
  const running = new Map<string, string>();
  for (const p of demoProjects) {
    const unit = units.get(p.community)!;
    const [row] = await tx
      .insert(projects)
      .values({
        orgUnitId: unit.id,
        orgPath: unit.path,
        name: p.name,
        providerId: providerIds.get(p.provider)!,
        ...serviceYear(today, p.year),
        projectYear: p.projectYear,
        scope: p.scope,
        status: p.year === 0 ? 'active' : 'ended',
        budgetFen: p.budgetYuan * 100,
        createdBy: '演示数据',
      })
      .returning({ id: projects.id });
    if (p.year === 0) {
      running.set(p.community, row.id);
      await tx.update(activities).set({ projectId: row.id }).where(eq(activities.orgUnitId, unit.id));
    }
  }
  return running;
}
