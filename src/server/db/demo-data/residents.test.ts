import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type AgeBand, ageBands, inAgeBand } from '../../../core/residents/age-bands';
import { parseIdNumber } from '../../../core/residents/id-card';
import { type TargetGroupTag, tagsOf, targetGroupFlags } from '../../../core/residents/target-groups';
import { streets } from './org-tree';
import { compoundGridOf, type DemoResident, demoStatsAsOf, generateResidents } from './residents';

const communities = streets.flatMap((s) => s.communities);
const started = performance.now();
const all = new Map(communities.map((c) => [c.name, generateResidents(c.name)]));
const generationMs = performance.now() - started;

const everyone = [...all.values()].flat();
const yuanshan = all.get('园山社区')!;
const jinshang = all.get('金尚社区')!;

const hukou = (rs: DemoResident[]) => rs.filter((r) => r.hukouType === 'hukou');
const inBand = (rs: DemoResident[], band: AgeBand, asOf = demoStatsAsOf) =>
  rs.filter((r) => inAgeBand(r.birthDate, asOf, band));
const tagged = (rs: DemoResident[], tag: TargetGroupTag) =>
  rs.filter((r) => tagsOf(r.sensitive).includes(tag));
const households = (rs: DemoResident[]) => {
  const map = new Map<string, DemoResident[]>();
  for (const r of rs) {
    const list = map.get(r.householdNo);
    if (list) list.push(r);
    else map.set(r.householdNo, [r]);
  }
  return [...map.values()];
};
const householdsWith = (rs: DemoResident[], pred: (r: DemoResident) => boolean) =>
  households(rs).filter((h) => h.some(pred)).length;
const hasFlag = (r: DemoResident, ...flags: string[]) => r.sensitive.flags.some((f) => flags.includes(f));

/** The seed counts of 园山 on one reference date. */
function yuanshanCounts(asOf: string) {
  const h = hukou(yuanshan);
  const elderly = inBand(h, 'age60plus', asOf);
  const children = inBand(h, 'under18', asOf);
  return {
    hukou: h.length,
    migrants: yuanshan.length - h.length,
    age60plus: elderly.length,
    age80plus: inBand(h, 'age80plus', asOf).length,
    livesAlone: tagged(elderly, 'livesAlone').length,
    careDependency: elderly.filter((r) => r.sensitive.careDependency !== null).length,
    dibaoElderly: tagged(elderly, 'dibao').length,
    chronicElderly: tagged(elderly, 'chronicIllness').length,
    under18: children.length,
    childInDifficulty: tagged(children, 'childInDifficulty').length,
    orphan: tagged(children, 'orphan').length,
    unattendedChild: tagged(children, 'unattendedChild').length,
    tekunOrDibaoHouseholds: householdsWith(h, (r) => hasFlag(r, 'tekun', 'dibao')),
    lowIncomeHouseholds: householdsWith(h, (r) => hasFlag(r, 'lowIncome')),
    disabled: tagged(h, 'disability').length,
    disabledElderly: tagged(elderly, 'disability').length,
  };
}

const yuanshanSeed = {
  hukou: 5736,
  migrants: 0,
  age60plus: 1517,
  age80plus: 191,
  livesAlone: 130,
  careDependency: 64,
  dibaoElderly: 14,
  chronicElderly: 699,
  under18: 2306,
  childInDifficulty: 11,
  orphan: 1,
  unattendedChild: 1,
  tekunOrDibaoHouseholds: 42,
  lowIncomeHouseholds: 3,
  disabled: 145,
  disabledElderly: 78,
};

describe('demo residents: 园山 reproduces seed 000', () => {
  it('has every seed count exactly on demoStatsAsOf', () => {
    expect(yuanshanCounts(demoStatsAsOf)).toEqual(yuanshanSeed);
  });

  it('keeps the counts for any reference date in September and October 2025', () => {
    for (const asOf of ['2025-09-01', '2025-10-15', '2025-10-31']) {
      expect(yuanshanCounts(asOf)).toEqual(yuanshanSeed);
    }
  });

  it('gives 低保 and 特困 only to members of the 42 households', () => {
    const h = hukou(yuanshan);
    const flagged = h.filter((r) => hasFlag(r, 'tekun', 'dibao'));
    expect(new Set(flagged.map((r) => r.householdNo)).size).toBe(42);
    // no household is both 低收入 and 低保/特困
    for (const members of households(h)) {
      const hardship = members.some((r) => hasFlag(r, 'tekun', 'dibao'));
      const lowIncome = members.some((r) => hasFlag(r, 'lowIncome'));
      expect(hardship && lowIncome).toBe(false);
    }
  });

  it('uses only the compounds and grids of org-tree.ts, each compound in one grid', () => {
    for (const c of communities) {
      const grids = compoundGridOf(c);
      const rs = all.get(c.name)!;
      const wrong = rs.filter((r) => grids.get(r.compoundName) !== r.gridName);
      expect(wrong, c.name).toEqual([]);
    }
    // hukou residents live in the 18 compounds, spread over all 7 grids
    expect(new Set(yuanshan.map((r) => r.gridName)).size).toBe(7);
    expect(new Set(yuanshan.map((r) => r.compoundName)).size).toBe(18);
  });
});

describe('demo residents: 金尚 reproduces seed 004', () => {
  it('has 10,580 hukou residents and the seed child counts exactly', () => {
    const h = hukou(jinshang);
    const children = inBand(h, 'under18');
    expect(h.length).toBe(2764 + 2900 + 700);
    expect(jinshang.length).toBe(h.length);
    expect({
      under18: children.length,
      age0to3: inBand(h, 'age0to3').length,
      age3to6: inBand(h, 'age3to6').length,
      age6to18: inBand(h, 'age6to18').length,
      dibao: tagged(children, 'dibao').length,
      orphan: tagged(children, 'orphan').length,
      disabled: tagged(children, 'disability').length,
    }).toEqual({
      under18: 2764,
      age0to3: 324,
      age3to6: 540,
      age6to18: 1900,
      dibao: 6,
      orphan: 1,
      disabled: 11,
    });
  });

  it('keeps the child counts on 2025-09-01 and 2025-10-31', () => {
    const h = hukou(jinshang);
    for (const asOf of ['2025-09-01', '2025-10-31']) {
      expect(
        [inBand(h, 'age0to3', asOf), inBand(h, 'age3to6', asOf), inBand(h, 'age6to18', asOf)].map(
          (x) => x.length,
        ),
      ).toEqual([324, 540, 1900]);
    }
  });
});

describe('demo residents: every community', () => {
  it('generates all communities quickly (budget 3 s; asserted loosely against machine load)', () => {
    expect(generationMs).toBeLessThan(10_000);
  });

  it('gives the other communities a plausible registry of 300–600 with every flag present', () => {
    for (const c of communities) {
      if (c.name === '园山社区' || c.name === '金尚社区') continue;
      const rs = all.get(c.name)!;
      expect(rs.length).toBeGreaterThanOrEqual(300);
      expect(rs.length).toBeLessThanOrEqual(600);
      const h = hukou(rs);
      const elderlyShare = inBand(h, 'age60plus').length / h.length;
      const childShare = inBand(h, 'under18').length / h.length;
      expect(elderlyShare).toBeGreaterThan(0.15);
      expect(elderlyShare).toBeLessThan(0.25);
      expect(childShare).toBeGreaterThan(0.13);
      expect(childShare).toBeLessThan(0.23);
      for (const tag of [...targetGroupFlags, 'chronicIllness', 'disability'] as const) {
        expect(tagged(h, tag).length, `${c.name} ${tag}`).toBeGreaterThan(0);
      }
      expect(h.some((r) => r.sensitive.careDependency !== null)).toBe(true);
    }
  });

  it('issues valid ID numbers that agree with birth date and sex, unique across all communities', () => {
    const today = new Date(`${demoStatsAsOf}T00:00:00Z`);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const r of everyone) {
      const parsed = parseIdNumber(r.idNumber, today);
      if (!parsed.ok) problems.push(`${r.idNumber}: ${parsed.problem}`);
      else if (parsed.facts.birthDate !== r.birthDate || parsed.facts.sex !== r.sex)
        problems.push(`${r.idNumber}: facts`);
      if (seen.has(r.idNumber)) problems.push(`${r.idNumber}: duplicate`);
      seen.add(r.idNumber);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(everyone.length);
  });

  it('keeps everyone at least 45 days from an age-band boundary (and born by then)', () => {
    const bands = Object.keys(ageBands) as AgeBand[];
    const problems: string[] = [];
    for (const r of everyone) {
      if (r.birthDate > '2025-08-16') problems.push(`${r.idNumber}: born too late`);
      for (const band of bands) {
        const now = inAgeBand(r.birthDate, demoStatsAsOf, band);
        if (
          inAgeBand(r.birthDate, '2025-08-16', band) !== now ||
          inAgeBand(r.birthDate, '2025-11-14', band) !== now
        ) {
          problems.push(`${r.idNumber}: ${band}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is deterministic', () => {
    const hash = (rs: DemoResident[]) => createHash('sha256').update(JSON.stringify(rs)).digest('hex');
    for (const name of ['园山社区', '金尚社区', '禾山社区']) {
      expect(hash(generateResidents(name))).toBe(hash(all.get(name)!));
    }
  });

  it('forms realistic households', () => {
    const problems: string[] = [];
    const isChild = (r: DemoResident) => inAgeBand(r.birthDate, demoStatsAsOf, 'under18');
    for (const rs of all.values()) {
      const list = households(rs);
      const addresses = new Set<string>();
      for (const members of list) {
        const [first] = members;
        const no = first.householdNo;
        if (members.filter((r) => r.relationToHead === '户主').length !== 1) problems.push(`${no}: heads`);
        if (members.length > 5) problems.push(`${no}: size ${members.length}`);
        if (
          new Set(members.map((r) => `${r.compoundName}|${r.gridName}|${r.room}|${r.hukouType}`)).size !== 1
        ) {
          problems.push(`${no}: address or hukou type differs`);
        }
        addresses.add(`${first.compoundName}|${first.room}`);
        const livesAlone = members.filter((r) => hasFlag(r, 'livesAlone')).length;
        const single = members.length === 1;
        if (single && (livesAlone !== 1 || !inAgeBand(first.birthDate, demoStatsAsOf, 'age60plus'))) {
          problems.push(`${no}: one member who is not an elderly person living alone`);
        }
        if (!single && livesAlone > 0) problems.push(`${no}: lives alone with others`);
        if (members.some(isChild) && members.every(isChild))
          problems.push(`${no}: children without an adult`);
      }
      // householdNo unique per community (households() groups by it) and no room shared
      expect(new Set(rs.map((r) => r.householdNo.slice(0, 3))).size).toBe(1);
      expect(addresses.size).toBe(list.length);
    }
    expect(problems).toEqual([]);
  });

  it('gives adults synthetic mobiles, children none, and keeps sensitive attributes well-formed', () => {
    const mobiles = new Set<string>();
    const problems: string[] = [];
    for (const r of everyone) {
      const child = inAgeBand(r.birthDate, demoStatsAsOf, 'under18');
      if (child && r.mobile !== null) problems.push(`${r.idNumber}: child with mobile`);
      if (r.mobile !== null) {
        if (!/^1990\d{7}$/.test(r.mobile) || mobiles.has(r.mobile))
          problems.push(`${r.idNumber}: mobile ${r.mobile}`);
        mobiles.add(r.mobile);
      }
      const { disability, careDependency, chronicIllnesses } = r.sensitive;
      if (disability && ![1, 2, 3, 4].includes(disability.grade)) problems.push(`${r.idNumber}: grade`);
      if (careDependency && !inAgeBand(r.birthDate, demoStatsAsOf, 'age60plus'))
        problems.push(`${r.idNumber}: 失能`);
      if (new Set(chronicIllnesses).size !== chronicIllnesses.length)
        problems.push(`${r.idNumber}: illnesses`);
      if (r.hukouType === 'migrant' && tagsOf(r.sensitive).length > 0)
        problems.push(`${r.idNumber}: migrant tags`);
    }
    expect(problems).toEqual([]);
    const adults = everyone.filter((r) => !inAgeBand(r.birthDate, demoStatsAsOf, 'under18'));
    expect(adults.filter((r) => r.mobile !== null).length / adults.length).toBeGreaterThan(0.85);
  });
});
