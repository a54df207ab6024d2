import type { demoProviders } from '../../db/demo-data/accounts';
import type { DemoLoader } from '../../platform/demo-world';
import { projects } from './schema';

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
function serviceYear(today: string, offset: number): { periodStart: string; periodEnd: string } {
  const year = Number(today.slice(0, 4));
  const first = (today.slice(5) >= '10-01' ? year : year - 1) + offset;
  return { periodStart: `${first}-10-01`, periodEnd: `${first + 1}-09-30` };
}

/**
 * Each demo community's projects with the demo contractors. The project running in a community on the
 * demo day is handed on, for the community's demo activities, cases and visits to belong to it.
 */
export const loadDemoProjects: DemoLoader = async ({ tx, units, providers, runningProjects, today }) => {
  for (const p of demoProjects) {
    const unit = units.get(p.community)!;
    const [row] = await tx
      .insert(projects)
      .values({
        orgUnitId: unit.id,
        orgPath: unit.path,
        name: p.name,
        providerId: providers.get(p.provider)!,
        ...serviceYear(today, p.year),
        projectYear: p.projectYear,
        scope: p.scope,
        status: p.year === 0 ? 'active' : 'ended',
        budgetFen: p.budgetYuan * 100,
        createdBy: '演示数据',
      })
      .returning({ id: projects.id });
    if (p.year === 0) runningProjects.set(p.community, row.id);
  }
};
