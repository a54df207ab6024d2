import { z } from 'zod';

/** Rounded to one decimal, half away from zero, in percent. Never typed in: always computed. */
export function sharePercent(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.round((part * 1000) / whole) / 10;
}

const counted = z.number().int();

export const populationStats = z.object({
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  asOf: z.string(),
  registered: counted,
  migrant: counted,
  elderly: z.object({
    age60plus: counted,
    age60plusShareOfRegistered: z.number(),
    age80plus: counted,
    livesAlone: counted,
    careDependencyPartialOrFull: counted,
    dibao: counted,
    chronicIllness: counted,
  }),
  child: z.object({
    under18: counted,
    age0to3: counted,
    age3to6: counted,
    age6to18: counted,
    childInDifficulty: counted,
    orphan: counted,
    unattendedChild: counted,
    dibao: counted,
    disability: counted,
  }),
  hardship: z.object({
    tekunOrDibaoHouseholds: counted,
    lowIncomeHouseholds: counted,
    disability: counted,
    disabilityElderly: counted,
    womanInDifficulty: counted,
  }),
});
export type PopulationStats = z.infer<typeof populationStats>;

/** The seeds' paragraph, ready to paste into an application form. */
export function populationParagraph(s: PopulationStats): string {
  const e = s.elderly;
  const c = s.child;
  const h = s.hardship;
  return [
    `户籍人口${s.registered}人。`,
    `“一老”群体：户籍人口60周岁及以上老年人${e.age60plus}人（占户籍人口${e.age60plusShareOfRegistered.toFixed(1)}%），其中80岁以上${e.age80plus}人、独居老年人${e.livesAlone}人、半失能及失能老年人${e.careDependencyPartialOrFull}人、低保老年人${e.dibao}人、慢性病老年人${e.chronicIllness}人。`,
    `“一小”群体：户籍人口18周岁以下人口共${c.under18}人，其中0-3岁${c.age0to3}人、3-6岁${c.age3to6}人、6-18岁${c.age6to18}人，含困境儿童${c.childInDifficulty}人、孤儿${c.orphan}人、事实无人抚养${c.unattendedChild}人、低保儿童${c.dibao}人。`,
    `“一困”群体：涵盖特困及低保家庭${h.tekunOrDibaoHouseholds}户、低收入家庭${h.lowIncomeHouseholds}户，残疾人${h.disability}人（含${h.disabilityElderly}名残疾老人）。`,
  ].join('');
}
