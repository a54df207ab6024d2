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
    const community = communities.find((c) => c.name === '园山社区')!;
    const grids = compoundGridOf(community);
    for (const r of yuanshan) expect(grids.get(r.compoundName)).toBe(r.gridName);
    expect(new Set(yuanshan.map((r) => r.gridName)).size).toBe(7);
  });
});

describe('demo residents: 金尚 reproduces seed 004', () => {
  it('has 10,580 hukou residents and the seed child counts exactly', () => {
    const h = hukou(jinshang);
    const children = inBand(h, 'under18');
    expect(h.length).toBe(10580);
    expect(jinshang.length - h.length).toBe(3206);
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
    for (const rs of all.values()) {
      for (const r of rs) {
        const parsed = parseIdNumber(r.idNumber, today);
        expect(parsed.ok, r.idNumber).toBe(true);
        if (parsed.ok) expect(parsed.facts).toEqual({ birthDate: r.birthDate, sex: r.sex });
        expect(seen.has(r.idNumber), r.idNumber).toBe(false);
        seen.add(r.idNumber);
      }
    }
  });

  it('keeps everyone at least 45 days from an age-band boundary (and born by then)', () => {
    const bands = Object.keys(ageBands) as AgeBand[];
    for (const rs of all.values()) {
      for (const r of rs) {
        expect(r.birthDate <= '2025-08-16', r.idNumber).toBe(true);
        for (const band of bands) {
          const now = inAgeBand(r.birthDate, demoStatsAsOf, band);
          expect(inAgeBand(r.birthDate, '2025-08-16', band), `${r.birthDate} ${band}`).toBe(now);
          expect(inAgeBand(r.birthDate, '2025-11-14', band), `${r.birthDate} ${band}`).toBe(now);
        }
      }
    }
  });

  it('is deterministic', () => {
    const hash = (rs: DemoResident[]) => createHash('sha256').update(JSON.stringify(rs)).digest('hex');
    for (const name of ['园山社区', '金尚社区', '禾山社区']) {
      expect(hash(generateResidents(name))).toBe(hash(all.get(name)!));
    }
  });

  it('forms realistic households', () => {
    for (const rs of all.values()) {
      const numbers = new Set<string>();
      for (const members of households(rs)) {
        const [first] = members;
        expect(numbers.has(first.householdNo)).toBe(false);
        numbers.add(first.householdNo);
        expect(members.filter((r) => r.relationToHead === '户主')).toHaveLength(1);
        expect(members.length).toBeLessThanOrEqual(5);
        // one address and one hukou type per household
        expect(
          new Set(members.map((r) => `${r.compoundName}|${r.gridName}|${r.room}|${r.hukouType}`)).size,
        ).toBe(1);
        const livesAlone = members.filter((r) => hasFlag(r, 'livesAlone'));
        if (members.length === 1) {
          expect(livesAlone).toHaveLength(1);
          expect(inAgeBand(first.birthDate, demoStatsAsOf, 'age60plus')).toBe(true);
        } else {
          expect(livesAlone).toHaveLength(0);
        }
        if (members.some((r) => inAgeBand(r.birthDate, demoStatsAsOf, 'under18'))) {
          expect(members.some((r) => !inAgeBand(r.birthDate, demoStatsAsOf, 'under18'))).toBe(true);
        }
      }
      // rooms are not shared between households
      const addresses = new Set(households(rs).map((m) => `${m[0].compoundName}|${m[0].room}`));
      expect(addresses.size).toBe(numbers.size);
    }
  });

  it('gives adults synthetic mobiles, children none, and keeps sensitive attributes well-formed', () => {
    const mobiles = new Set<string>();
    for (const rs of all.values()) {
      for (const r of rs) {
        if (inAgeBand(r.birthDate, demoStatsAsOf, 'under18')) expect(r.mobile).toBeNull();
        if (r.mobile !== null) {
          expect(r.mobile).toMatch(/^1990\d{7}$/);
          expect(mobiles.has(r.mobile)).toBe(false);
          mobiles.add(r.mobile);
        }
        const { disability, careDependency, chronicIllnesses } = r.sensitive;
        if (disability) expect([1, 2, 3, 4]).toContain(disability.grade);
        if (careDependency) expect(inAgeBand(r.birthDate, demoStatsAsOf, 'age60plus')).toBe(true);
        expect(new Set(chronicIllnesses).size).toBe(chronicIllnesses.length);
        if (r.hukouType === 'migrant') expect(tagsOf(r.sensitive)).toEqual([]);
      }
    }
    const adults = [...all.values()].flat().filter((r) => !inAgeBand(r.birthDate, demoStatsAsOf, 'under18'));
    expect(adults.filter((r) => r.mobile !== null).length / adults.length).toBeGreaterThan(0.85);
  });
});
