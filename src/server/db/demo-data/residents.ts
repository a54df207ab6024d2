/**
 * Synthetic residents of the Huli demo world, generated deterministically per community.
 *
 * 园山 and 金尚 reproduce the figures of their seeds (huli-seed-facts.json) exactly on `demoStatsAsOf`,
 * counted with the shared age rule (ageOn / inAgeBand) and target-group tags (tagsOf). Every other
 * community gets a smaller plausible registry. Nobody is within `demoStatsMarginDays` of an age-band
 * boundary (0, 3, 6, 18, 60, 80) on that date, so the counts hold for any date in 2025-09-01..2025-10-31.
 *
 * How it works: the population is fixed first as pools by age class (children by year of age, adults
 * 18–59, elderly 60–79 and 80+). Special households (特困, 低保, 低收入, 孤儿 …) are built from explicit
 * templates, the rest are packed into realistic households (elderly living alone are the only
 * one-person households; all others have 2–5 members). Ages are then drawn household by household,
 * youngest generation first, so parents are 20–45 years older than their children and grandparents
 * older again. Person-level attributes (disability, 失能, chronic illness, 困境儿童 …) are finally drawn
 * by exact quota from the eligible people.
 *
 * ID numbers are unique across all communities by construction: the 3-digit sequence code is
 * `20 + 80 × communityIndex + 2k + (male ? 1 : 0)` with k < 40 counted per (address code, birth date,
 * sex) within the community, so two communities never share a sequence code and one community never
 * repeats one for the same address code and birth date.
 */
import { shiftYears } from '../../../core/residents/age-bands';
import { idCheckChar } from '../../../core/residents/id-card';
import {
  type CareDependency,
  disabilityTypes,
  type ResidentSensitive,
  type TargetGroupFlag,
  targetGroupFlags,
} from '../../../core/residents/target-groups';
import { pickGivenName, pickSurname } from './names';
import { type CommunitySeed, streets } from './org-tree';
import { createRng, type Rng } from './random';

/** The reference date on which the seed figures hold. */
export const demoStatsAsOf = '2025-09-30';
/** Nobody crosses an age-band boundary within this many days either side of `demoStatsAsOf`. */
export const demoStatsMarginDays = 45;
/** The age-band boundaries (completed years) that the margin protects; 0 means "already born". */
export const demoAgeBoundaries = [0, 3, 6, 18, 60, 80] as const;

export type DemoResident = {
  name: string;
  idNumber: string;
  sex: 'male' | 'female';
  /** ISO date; agrees with the ID number. */
  birthDate: string;
  /** Synthetic numbers of the form 1990CCNNNNN (CC: community index); children have none. */
  mobile: string | null;
  hukouType: 'hukou' | 'migrant';
  compoundName: string;
  gridName: string;
  /** e.g. '3号楼502'; in an apartment block just the room, e.g. '502'. */
  room: string;
  householdNo: string;
  relationToHead: '户主' | '配偶' | '子女' | '父母' | '孙子女' | '其他';
  politicalStatus: '中共党员' | '共青团员' | '群众';
  sensitive: ResidentSensitive;
  notes: string | null;
};

type Sex = DemoResident['sex'];
type Relation = DemoResident['relationToHead'];
/** Age classes: under 18, 18–59, 60–79, 80 and over. */
type AgeClass = 'kid' | 'adult' | 'young' | 'old';
type Kind = 'alone' | 'family' | 'grand' | 'elderCouple' | 'adultWithParents' | 'adultCouple' | 'shared';

type Slot = {
  rel: Relation;
  cls: AgeClass;
  /** Generation within the household: 0 children, 1 their parents, 2 grandparents. */
  gen: number;
  /** Completed years on demoStatsAsOf; -1 until drawn (children's ages come from the pool). */
  age: number;
  sex: Sex | null;
  flags: TargetGroupFlag[];
  disabled: boolean;
  careDependency: CareDependency | null;
  chronicIllnesses: string[];
  party: boolean;
};

type Household = { kind: Kind; hukou: boolean; members: Slot[]; flags: TargetGroupFlag[] };

type Pools = { kids: number[]; adults: number; young: number; old: number };

type MemberSpec = {
  rel: Relation;
  cls: 'kid' | 'adult' | 'elder';
  sex?: Sex;
  kidAges?: [number, number];
  flags?: TargetGroupFlag[];
  disabled?: boolean;
};
type Template = { kind: Kind; flags?: TargetGroupFlag[]; repeat: number; members: MemberSpec[] };

type Quotas = {
  careDependency: number;
  chronicElderly: number;
  chronicAdults: number;
  disabledElderly: number;
  disabledAdults: number;
  disabledKids: number;
  childInDifficulty: number;
  womanInDifficulty: number;
  partyMembers: number;
};

type FillOptions = {
  /** Weights of 1, 2 and 3 children per household with children. */
  kidsPerHousehold: [number, number, number];
  /** Share of households with children headed by grandparents (parents' hukou elsewhere). */
  grandShare: number;
  /** Share of adults kept back from households with children. */
  reserveAdultShare: number;
  /** Share of one-adult households with children when adults are plentiful. */
  oneAdultShare: number;
};

type Plan = {
  prefix: string;
  hukou: Pools;
  livesAlone: number;
  templates: Template[];
  quotas: Quotas;
  fill: FillOptions;
  migrants: Pools | null;
};

const DAY_MS = 86_400_000;
const classRange: Record<AgeClass, [number, number]> = {
  kid: [0, 17],
  adult: [18, 59],
  young: [60, 79],
  old: [80, 100],
};
const householdPrefixes: Record<string, string> = {
  江头社区: 'JT',
  吕厝社区: 'LC',
  吕岭社区: 'LL',
  园山社区: 'YS',
  金尚社区: 'JS',
  江村社区: 'JC',
  蔡塘社区: 'CT',
  后埔社区: 'HP',
  祥店社区: 'XD',
  江华社区: 'JH',
  忠仑社区: 'ZL',
  禾山社区: 'HS',
};
/** Other Fujian address codes (some abolished, which ID numbers keep) for variety. */
const otherFujianCodes =
  '350203 350205 350211 350212 350213 350102 350104 350181 350582 350583 350524 350322 350681 350781 350425 350626'.split(
    ' ',
  );
const chronicList = ['高血压', '糖尿病', '冠心病', '慢阻肺', '脑卒中后遗症', '高脂血症', '骨质疏松'];
const disabilityWeights: Record<'kid' | 'adult' | 'elder', number[]> = {
  // visual, hearing, speech, physical, intellectual, mental, multiple
  kid: [1, 3, 2, 3, 6, 2, 2],
  adult: [2, 2, 1, 6, 3, 4, 1],
  elder: [4, 5, 1, 8, 1, 1, 2],
};

const allCommunities: CommunitySeed[] = streets.flatMap((s) => s.communities);

// ---------------------------------------------------------------------------------------------------
// Dates

function isoToMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}
function msToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
const marginFrom = msToIso(isoToMs(demoStatsAsOf) - demoStatsMarginDays * DAY_MS);
const marginTo = msToIso(isoToMs(demoStatsAsOf) + demoStatsMarginDays * DAY_MS);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------
// Plans

/** Splits `total` over weights by largest remainder, so the parts add up exactly. */
function distribute(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, frac: r - Math.floor(r) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}

/** Children by year of age 0..17: slightly fewer births in the last few years. */
const kidAgeWeights = Array.from({ length: 18 }, (_, a) => (a < 3 ? 0.78 : a < 6 ? 0.95 : 1));

const elder = (rel: Relation, extra: Partial<MemberSpec> = {}): MemberSpec => ({
  rel,
  cls: 'elder',
  ...extra,
});
const adult = (rel: Relation, extra: Partial<MemberSpec> = {}): MemberSpec => ({
  rel,
  cls: 'adult',
  ...extra,
});
const kid = (rel: Relation, extra: Partial<MemberSpec> = {}): MemberSpec => ({ rel, cls: 'kid', ...extra });

const defaultFill: FillOptions = {
  kidsPerHousehold: [45, 45, 10],
  grandShare: 0.08,
  reserveAdultShare: 0.12,
  oneAdultShare: 0.1,
};

function yuanshanPlan(): Plan {
  return {
    prefix: 'YS',
    // 5,736 hukou residents: 2,306 under 18, 1,517 aged 60+ of whom 191 are 80+, and 1,913 aged 18–59.
    hukou: { kids: distribute(2306, kidAgeWeights), adults: 1913, young: 1517 - 191, old: 191 },
    livesAlone: 130,
    templates: [
      // 特困 and 低保 households: 10 + 32 = 42; the dibao ones hold exactly 14 people aged 60+.
      { kind: 'alone', flags: ['tekun'], repeat: 8, members: [elder('户主')] },
      {
        kind: 'elderCouple',
        flags: ['tekun'],
        repeat: 2,
        members: [elder('户主', { sex: 'male' }), elder('配偶')],
      },
      { kind: 'alone', flags: ['dibao'], repeat: 6, members: [elder('户主')] },
      {
        kind: 'elderCouple',
        flags: ['dibao'],
        repeat: 4,
        members: [elder('户主', { sex: 'male' }), elder('配偶')],
      },
      {
        kind: 'family',
        flags: ['dibao'],
        repeat: 5,
        members: [adult('户主', { sex: 'female' }), kid('子女'), kid('子女')],
      },
      { kind: 'family', flags: ['dibao'], repeat: 5, members: [adult('户主'), kid('子女')] },
      { kind: 'family', flags: ['dibao'], repeat: 5, members: [adult('户主'), adult('配偶'), kid('子女')] },
      {
        kind: 'family',
        flags: ['dibao'],
        repeat: 3,
        members: [adult('户主'), adult('配偶'), kid('子女'), kid('子女')],
      },
      {
        kind: 'adultCouple',
        flags: ['dibao'],
        repeat: 4,
        members: [adult('户主', { disabled: true }), adult('配偶')],
      },
      // 低收入 households: exactly 3.
      {
        kind: 'family',
        flags: ['lowIncome'],
        repeat: 1,
        members: [adult('户主'), adult('配偶'), kid('子女'), kid('子女')],
      },
      {
        kind: 'family',
        flags: ['lowIncome'],
        repeat: 1,
        members: [adult('户主', { sex: 'female' }), kid('子女')],
      },
      {
        kind: 'adultWithParents',
        flags: ['lowIncome'],
        repeat: 1,
        members: [adult('户主'), adult('配偶'), elder('父母')],
      },
      // 低保边缘: a few.
      {
        kind: 'family',
        flags: ['marginalLowIncome'],
        repeat: 1,
        members: [adult('户主'), adult('配偶'), kid('子女')],
      },
      {
        kind: 'elderCouple',
        flags: ['marginalLowIncome'],
        repeat: 1,
        members: [elder('户主'), elder('配偶')],
      },
      // 孤儿 1 and 事实无人抚养儿童 1, each with grandparents.
      {
        kind: 'grand',
        repeat: 1,
        members: [
          elder('户主', { sex: 'male' }),
          elder('配偶'),
          kid('孙子女', { kidAges: [8, 14], flags: ['orphan'] }),
        ],
      },
      {
        kind: 'grand',
        repeat: 1,
        members: [
          elder('户主', { sex: 'female' }),
          kid('孙子女', { kidAges: [6, 12], flags: ['unattendedChild'] }),
        ],
      },
    ],
    quotas: {
      careDependency: 64,
      chronicElderly: 699,
      chronicAdults: 45,
      // 145 people with a disability: 78 aged 60+, 60 adults 18–59, 7 children.
      disabledElderly: 78,
      disabledAdults: 60,
      disabledKids: 7,
      childInDifficulty: 11,
      womanInDifficulty: 3,
      partyMembers: 194,
    },
    fill: { kidsPerHousehold: [38, 50, 12], grandShare: 0.14, reserveAdultShare: 0.08, oneAdultShare: 0.1 },
    migrants: null,
  };
}

function jinshangPlan(): Plan {
  // 0–3: 324, 3–6: 540, 6–18: 1,900 (under 18: 2,764, the seed's "约2800").
  const kids = [
    ...distribute(324, [1, 1, 1]),
    ...distribute(540, [1, 1, 1]),
    ...distribute(
      1900,
      Array.from({ length: 12 }, () => 1),
    ),
  ];
  // The seed gives 金尚's children only. The registry holds the children's households and a share of
  // the other residents: the declared totals (户籍 10,580, 流动 3,206) live in the community profile,
  // and a full-size registry would triple the first start of the embedded demo.
  const elderly = 700;
  const old = 90;
  return {
    prefix: 'JS',
    hukou: { kids, adults: 2900, young: elderly - old, old },
    livesAlone: 60,
    templates: [
      { kind: 'alone', flags: ['tekun'], repeat: 4, members: [elder('户主')] },
      { kind: 'alone', flags: ['dibao'], repeat: 3, members: [elder('户主')] },
      {
        kind: 'elderCouple',
        flags: ['dibao'],
        repeat: 1,
        members: [elder('户主', { sex: 'male' }), elder('配偶')],
      },
      // exactly 6 children on 低保
      {
        kind: 'family',
        flags: ['dibao'],
        repeat: 2,
        members: [adult('户主', { sex: 'female' }), kid('子女'), kid('子女')],
      },
      { kind: 'family', flags: ['dibao'], repeat: 2, members: [adult('户主'), adult('配偶'), kid('子女')] },
      {
        kind: 'adultCouple',
        flags: ['dibao'],
        repeat: 2,
        members: [adult('户主', { disabled: true }), adult('配偶')],
      },
      {
        kind: 'family',
        flags: ['lowIncome'],
        repeat: 2,
        members: [adult('户主'), adult('配偶'), kid('子女'), kid('子女')],
      },
      { kind: 'adultWithParents', flags: ['lowIncome'], repeat: 1, members: [adult('户主'), elder('父母')] },
      {
        kind: 'family',
        flags: ['marginalLowIncome'],
        repeat: 2,
        members: [adult('户主'), adult('配偶'), kid('子女')],
      },
      {
        kind: 'grand',
        repeat: 1,
        members: [
          elder('户主', { sex: 'male' }),
          elder('配偶'),
          kid('孙子女', { kidAges: [7, 13], flags: ['orphan'] }),
        ],
      },
      {
        kind: 'grand',
        repeat: 1,
        members: [
          elder('户主', { sex: 'female' }),
          kid('孙子女', { kidAges: [5, 11], flags: ['unattendedChild'] }),
        ],
      },
    ],
    quotas: {
      careDependency: 30,
      chronicElderly: 320,
      chronicAdults: 60,
      disabledElderly: 35,
      disabledAdults: 30,
      disabledKids: 11,
      childInDifficulty: 9,
      womanInDifficulty: 5,
      partyMembers: 180,
    },
    fill: defaultFill,
    migrants: null,
  };
}

function smallPlan(community: CommunitySeed, prefix: string): Plan {
  const rng = createRng(`jinlin-demo-plan:${community.name}`);
  const hukou = rng.int(300, 530);
  const migrants = rng.int(20, 60);
  const elderly = Math.round(hukou * (0.18 + rng.next() * 0.04));
  const old = Math.round(elderly * 0.13);
  const kids = Math.round(hukou * (0.16 + rng.next() * 0.04));
  const adults = hukou - elderly - kids;
  const migrantKids = Math.round(migrants * 0.12);
  const migrantElderly = Math.round(migrants * 0.03);
  return {
    prefix,
    hukou: { kids: distribute(kids, kidAgeWeights), adults, young: elderly - old, old },
    livesAlone: Math.round(elderly * 0.09),
    templates: [
      { kind: 'alone', flags: ['tekun'], repeat: 1, members: [elder('户主')] },
      { kind: 'alone', flags: ['dibao'], repeat: 1, members: [elder('户主')] },
      {
        kind: 'family',
        flags: ['dibao'],
        repeat: 1,
        members: [adult('户主', { sex: 'female' }), kid('子女')],
      },
      {
        kind: 'adultCouple',
        flags: ['dibao'],
        repeat: 1,
        members: [adult('户主', { disabled: true }), adult('配偶')],
      },
      {
        kind: 'family',
        flags: ['lowIncome'],
        repeat: 1,
        members: [adult('户主'), adult('配偶'), kid('子女')],
      },
      {
        kind: 'elderCouple',
        flags: ['marginalLowIncome'],
        repeat: 1,
        members: [elder('户主'), elder('配偶')],
      },
      {
        kind: 'grand',
        repeat: 1,
        members: [
          elder('户主', { sex: 'male' }),
          elder('配偶'),
          kid('孙子女', { kidAges: [6, 15], flags: ['orphan'] }),
        ],
      },
      {
        kind: 'grand',
        repeat: 1,
        members: [
          elder('户主', { sex: 'female' }),
          kid('孙子女', { kidAges: [4, 12], flags: ['unattendedChild'] }),
        ],
      },
    ],
    quotas: {
      careDependency: Math.round(elderly * 0.045),
      chronicElderly: Math.round(elderly * 0.46),
      chronicAdults: Math.round(adults * 0.03),
      disabledElderly: Math.round(elderly * 0.05),
      disabledAdults: Math.max(1, Math.round(adults * 0.012)),
      disabledKids: 1,
      childInDifficulty: 2,
      womanInDifficulty: 1,
      partyMembers: Math.round(hukou * 0.05),
    },
    fill: defaultFill,
    migrants: {
      kids: distribute(migrantKids, kidAgeWeights),
      adults: migrants - migrantKids - migrantElderly,
      young: migrantElderly,
      old: 0,
    },
  };
}

function planFor(community: CommunitySeed): Plan {
  if (community.name === '园山社区') return yuanshanPlan();
  if (community.name === '金尚社区') return jinshangPlan();
  return smallPlan(
    community,
    householdPrefixes[community.name] ?? `C${pad(allCommunities.indexOf(community), 2)}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Pools and household structure

const kidsLeft = (pool: Pools) => pool.kids.reduce((a, b) => a + b, 0);
const eldersLeft = (pool: Pools) => pool.young + pool.old;
/** Preference for a sibling's age by the gap in years to the first child. */
const siblingGapWeights = [0.08, 0.6, 1, 1, 0.8, 0.6, 0.4, 0.25, 0.15];

function takeKid(rng: Rng, pool: Pools, near: number | null, range?: [number, number]): number {
  const ages: number[] = [];
  const weights: number[] = [];
  for (let a = 0; a < 18; a++) {
    const n = pool.kids[a];
    if (n <= 0 || (range && (a < range[0] || a > range[1]))) continue;
    const gap = near === null ? 0 : Math.abs(a - near);
    if (gap >= siblingGapWeights.length) continue;
    ages.push(a);
    weights.push(near === null ? n : n * siblingGapWeights[gap]);
  }
  if (ages.length === 0) {
    if (range || near !== null) return takeKid(rng, pool, null);
    throw new Error('demo residents: the pool of children is exhausted');
  }
  const age = rng.pickWeighted(ages, weights);
  pool.kids[age]--;
  return age;
}

function takeAdult(pool: Pools): void {
  if (pool.adults <= 0) throw new Error('demo residents: the pool of adults is exhausted');
  pool.adults--;
}

function takeElder(rng: Rng, pool: Pools, oldBias = 1): 'young' | 'old' {
  const o = pool.old * oldBias;
  if (pool.young + o <= 0) throw new Error('demo residents: the pool of elderly is exhausted');
  const cls = rng.next() * (pool.young + o) < o ? 'old' : 'young';
  pool[cls]--;
  return cls;
}

function slot(rel: Relation, cls: AgeClass, gen: number, age = -1, sex: Sex | null = null): Slot {
  return {
    rel,
    cls,
    gen,
    age,
    sex,
    flags: [],
    disabled: false,
    careDependency: null,
    chronicIllnesses: [],
    party: false,
  };
}

function fromTemplate(rng: Rng, pool: Pools, t: Template): Household {
  let firstKid: number | null = null;
  const members = t.members.map((m) => {
    let s: Slot;
    if (m.cls === 'kid') {
      const age = takeKid(rng, pool, firstKid, m.kidAges);
      firstKid ??= age;
      s = slot(m.rel, 'kid', 0, age);
    } else if (m.cls === 'adult') {
      takeAdult(pool);
      s = slot(m.rel, 'adult', 1);
    } else {
      s = slot(m.rel, takeElder(rng, pool, t.kind === 'alone' ? 1.6 : 1), 2);
    }
    s.sex = m.sex ?? null;
    s.flags = [...(m.flags ?? [])];
    s.disabled = m.disabled ?? false;
    return s;
  });
  return { kind: t.kind, hukou: true, members, flags: [...(t.flags ?? [])] };
}

function takeSiblings(rng: Rng, pool: Pools, k: number): Slot[] {
  const first = takeKid(rng, pool, null);
  const out = [slot('子女', 'kid', 0, first)];
  for (let i = 1; i < k; i++) out.push(slot('子女', 'kid', 0, takeKid(rng, pool, first)));
  return out;
}

/** Elderly members; grandparents of children are rarely 80+ (oldBias < 1). */
function elderSlots(rng: Rng, pool: Pools, n: number, rel: Relation, oldBias = 1): Slot[] {
  return Array.from({ length: n }, () => slot(rel, takeElder(rng, pool, oldBias), 2));
}

/** Packs what is left of a pool into households; elderly living alone first, then children, then the rest. */
function fillHouseholds(
  rng: Rng,
  pool: Pools,
  opts: FillOptions,
  livesAlone: number,
  hukou: boolean,
  out: Household[],
): void {
  const start = out.length;
  const mine = () => out.slice(start);
  for (let i = 0; i < livesAlone; i++) {
    out.push({ kind: 'alone', hukou, members: [slot('户主', takeElder(rng, pool, 1.6), 2)], flags: [] });
  }

  const [w1, w2, w3] = opts.kidsPerHousehold;
  const avgKids = (w1 + 2 * w2 + 3 * w3) / (w1 + w2 + w3);
  const reserve = Math.round(pool.adults * opts.reserveAdultShare);
  while (kidsLeft(pool) > 0) {
    const left = kidsLeft(pool);
    const k = Math.min(left, rng.pickWeighted([1, 2, 3], opts.kidsPerHousehold));
    const avail = pool.adults - reserve;
    const perHousehold = avail / Math.max(1, left / avgKids);
    let nAdults: number;
    if (eldersLeft(pool) > 0 && rng.chance(opts.grandShare)) nAdults = 0;
    else if (perHousehold >= 2) nAdults = rng.chance(opts.oneAdultShare) ? 1 : 2;
    else if (perHousehold >= 1) nAdults = rng.chance(perHousehold - 1) ? 2 : 1;
    else nAdults = rng.chance(Math.max(0, perHousehold)) ? 1 : 0;
    nAdults = Math.min(nAdults, Math.max(0, avail));
    if (nAdults === 0 && eldersLeft(pool) === 0) nAdults = pool.adults > 0 ? 1 : -1;
    if (nAdults < 0) {
      // nobody left to head a household: the children join families that have room
      const kids = takeSiblings(rng, pool, k);
      for (const c of kids) attach(rng, mine(), c, ['family']);
      continue;
    }
    const kids = takeSiblings(rng, pool, k);
    if (nAdults === 0) {
      const nElders = eldersLeft(pool) >= 2 && rng.chance(0.6) ? 2 : 1;
      const elders = elderSlots(rng, pool, nElders, '户主', 0.3);
      if (nElders === 2) elders[1].rel = '配偶';
      const members = [...elders];
      if (pool.adults > reserve && members.length + kids.length < 5 && rng.chance(0.3)) {
        takeAdult(pool);
        members.push(slot('子女', 'adult', 1));
      }
      for (const c of kids) c.rel = '孙子女';
      out.push({ kind: 'grand', hukou, members: [...members, ...kids], flags: [] });
      continue;
    }
    const members = [slot('户主', 'adult', 1)];
    takeAdult(pool);
    if (nAdults === 2) {
      takeAdult(pool);
      members.push(slot('配偶', 'adult', 1));
      // now and then a grown-up son or daughter still on the parents' hukou
      if (members.length + kids.length < 5 && pool.adults > reserve && rng.chance(0.12)) {
        takeAdult(pool);
        members.push(slot('子女', 'adult', 0));
      }
    }
    const room = 5 - members.length - kids.length;
    const r = rng.next();
    const nElders = Math.min(room, eldersLeft(pool), r < 0.07 ? 2 : r < 0.25 ? 1 : 0);
    out.push({
      kind: 'family',
      hukou,
      members: [...members, ...kids, ...elderSlots(rng, pool, nElders, '父母', 0.5)],
      flags: [],
    });
  }

  while (pool.adults + eldersLeft(pool) > 0) {
    const a = pool.adults;
    const e = eldersLeft(pool);
    if (e >= 2 && a >= 1 && hukou && rng.chance(0.12)) {
      takeAdult(pool);
      const elders = elderSlots(rng, pool, 2, '户主');
      elders[1].rel = '配偶';
      out.push({ kind: 'elderCouple', hukou, members: [...elders, slot('子女', 'adult', 1)], flags: [] });
    } else if (a >= 1 && e >= 1 && rng.chance(hukou ? 0.3 : 0.5)) {
      takeAdult(pool);
      const members = [slot('户主', 'adult', 1)];
      if (pool.adults > 0 && rng.chance(0.6)) {
        takeAdult(pool);
        members.push(slot('配偶', 'adult', 1));
      }
      const nElders = eldersLeft(pool) >= 2 && rng.chance(0.4) ? 2 : 1;
      out.push({
        kind: 'adultWithParents',
        hukou,
        members: [...members, ...elderSlots(rng, pool, nElders, '父母')],
        flags: [],
      });
    } else if (e >= 2 && (a < 2 || rng.chance(e / (e + a)))) {
      const elders = elderSlots(rng, pool, 2, '户主');
      elders[1].rel = '配偶';
      out.push({ kind: 'elderCouple', hukou, members: elders, flags: [] });
    } else if (a >= 2) {
      if (!hukou && rng.chance(0.5)) {
        const n = Math.min(a, rng.int(2, 4));
        for (let i = 0; i < n; i++) takeAdult(pool);
        const members = Array.from({ length: n }, (_, i) => slot(i === 0 ? '户主' : '其他', 'adult', 1));
        out.push({ kind: 'shared', hukou, members, flags: [] });
      } else if (hukou && rng.chance(0.3)) {
        // a parent with a grown-up child
        takeAdult(pool);
        takeAdult(pool);
        out.push({
          kind: 'adultCouple',
          hukou,
          members: [slot('户主', 'adult', 1), slot('子女', 'adult', 0)],
          flags: [],
        });
      } else {
        takeAdult(pool);
        takeAdult(pool);
        out.push({
          kind: 'adultCouple',
          hukou,
          members: [slot('户主', 'adult', 1), slot('配偶', 'adult', 1)],
          flags: [],
        });
      }
    } else if (a === 1) {
      takeAdult(pool);
      attach(rng, mine(), slot('子女', 'adult', 1), ['elderCouple', 'adultCouple', 'shared', 'family']);
    } else {
      attach(rng, mine(), slot('父母', takeElder(rng, pool), 2), [
        'family',
        'adultCouple',
        'adultWithParents',
      ]);
    }
  }
}

/** Adds one person to a household of one of the kinds that still has room. */
function attach(rng: Rng, households: Household[], s: Slot, kinds: Kind[]): void {
  const parents = (h: Household) => h.members.filter((m) => m.rel === '父母').length;
  for (const kind of kinds) {
    const candidates = households.filter(
      (h) =>
        h.kind === kind &&
        h.members.length < 5 &&
        (s.rel !== '父母' || parents(h) < 2) &&
        (s.cls !== 'kid' || h.members.some((m) => m.cls === 'adult')),
    );
    if (candidates.length === 0) continue;
    const h = rng.pick(candidates);
    if (s.cls === 'adult' && kind !== 'elderCouple') s.rel = '其他';
    h.members.push(s);
    return;
  }
  throw new Error('demo residents: no household has room for a leftover person');
}

// ---------------------------------------------------------------------------------------------------
// Sexes and ages

function assignSexes(rng: Rng, h: Household): void {
  const head = h.members[0];
  const hasSpouse = h.members.some((m) => m.rel === '配偶');
  if (head.sex === null) {
    if (hasSpouse) head.sex = rng.chance(0.78) ? 'male' : 'female';
    else if (h.kind === 'alone') head.sex = rng.chance(0.38) ? 'male' : 'female';
    else head.sex = rng.chance(0.5) ? 'male' : 'female';
  }
  const parents = h.members.filter((m) => m.rel === '父母');
  for (const m of h.members) {
    if (m.sex !== null) continue;
    if (m.rel === '配偶') m.sex = head.sex === 'male' ? 'female' : 'male';
    else if (m.rel === '父母' && parents.length === 2) m.sex = m === parents[0] ? 'male' : 'female';
    else if (m.rel === '父母') m.sex = rng.chance(0.4) ? 'male' : 'female';
    else m.sex = rng.chance(0.51) ? 'male' : 'female';
  }
}

function weightedAge(rng: Rng, lo: number, hi: number, weight: (age: number) => number): number {
  const ages = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return rng.pickWeighted(
    ages,
    ages.map((a) => weight(a)),
  );
}

function assignAges(rng: Rng, h: Household): void {
  const order = [...h.members].sort((a, b) => a.gen - b.gen);
  for (const s of order) {
    if (s.age >= 0) continue;
    let [lo, hi] = classRange[s.cls];
    const kidsBelow: number[] = [];
    for (const m of h.members) {
      if (m === s || m.age < 0 || m.gen >= s.gen) continue;
      lo = Math.max(lo, m.age + 20 * (s.gen - m.gen));
      if (s.cls === 'adult' && m.cls === 'kid' && s.gen - m.gen === 1) {
        hi = Math.min(hi, m.age + 45);
        kidsBelow.push(m.age);
      }
    }
    if (s.cls === 'adult') {
      for (const m of h.members) {
        if (m.gen <= s.gen) continue;
        if (m.cls === 'old' && m.gen - s.gen === 1) lo = Math.max(lo, 35);
        if (m.cls === 'adult') hi = Math.min(hi, 59 - 20 * (m.gen - s.gen));
      }
      if (s.gen === 0) {
        // a grown-up child: young enough that the parents can also have the younger siblings
        hi = Math.min(hi, 30);
        for (const m of h.members) if (m.cls === 'kid') hi = Math.min(hi, m.age + 25);
      }
    }
    if (lo > hi) throw new Error(`demo residents: no age fits a ${s.rel} in a ${h.kind} household`);
    const partner = h.members.find(
      (m) =>
        m !== s &&
        m.age >= 0 &&
        m.gen === s.gen &&
        ((s.rel === '配偶' && m.rel === '户主') || (s.rel === '父母' && m.rel === '父母')),
    );
    let age: number;
    if (partner) {
      age = partner.age + (partner.sex === 'male' ? rng.int(-6, 2) : rng.int(-2, 6));
    } else if (s.cls === 'young') {
      age = weightedAge(rng, lo, hi, (a) => 1 - 0.03 * (a - 60));
    } else if (s.cls === 'old') {
      age = weightedAge(rng, lo, hi, (a) => 0.8 ** (a - 80));
    } else if (kidsBelow.length > 0) {
      age = Math.max(...kidsBelow) + rng.int(22, 34);
    } else if (h.kind === 'shared') {
      age = rng.int(20, 50);
    } else if (s.gen === 0) {
      age = rng.int(lo, hi);
    } else if (h.kind === 'elderCouple' && s.rel === '子女') {
      age = rng.int(18, 45);
    } else {
      age = rng.int(Math.max(lo, 23), hi);
    }
    s.age = Math.min(hi, Math.max(lo, age));
  }
}

// ---------------------------------------------------------------------------------------------------
// Person-level attributes by quota

type Person = { s: Slot; h: Household };

function pickByQuota(
  rng: Rng,
  people: Person[],
  target: number,
  already: number,
  weight: (p: Person) => number,
): Person[] {
  const need = target - already;
  if (need < 0) throw new Error('demo residents: a template exceeds its quota');
  const picked = rng.sampleWeighted(people, need, weight);
  if (picked.length < need) throw new Error('demo residents: too few people are eligible for a quota');
  return picked;
}

function applyQuotas(rng: Rng, households: Household[], q: Quotas): void {
  const people: Person[] = households.filter((h) => h.hukou).flatMap((h) => h.members.map((s) => ({ s, h })));
  const elders = people.filter((p) => p.s.cls === 'young' || p.s.cls === 'old');
  const adults = people.filter((p) => p.s.cls === 'adult');
  const kids = people.filter((p) => p.s.cls === 'kid');
  const hardship = (h: Household) => h.flags.some((f) => f === 'dibao' || f === 'tekun' || f === 'lowIncome');

  for (const p of pickByQuota(rng, elders, q.careDependency, 0, (p) =>
    p.h.kind === 'alone' ? 0 : p.s.cls === 'old' ? 4 : 0.5 + (p.s.age - 60) / 10,
  )) {
    p.s.careDependency = rng.chance(0.35) ? 'full' : 'partial';
  }

  const disabledIn = (group: Person[]) => group.filter((p) => p.s.disabled).length;
  const notDisabled = (w: (p: Person) => number) => (p: Person) => (p.s.disabled ? 0 : w(p));
  for (const p of pickByQuota(
    rng,
    elders,
    q.disabledElderly,
    disabledIn(elders),
    notDisabled((p) => (p.s.careDependency ? 3 : 1)),
  )) {
    p.s.disabled = true;
  }
  for (const p of pickByQuota(
    rng,
    adults,
    q.disabledAdults,
    disabledIn(adults),
    notDisabled((p) => 0.5 + p.s.age / 40),
  )) {
    p.s.disabled = true;
  }
  for (const p of pickByQuota(
    rng,
    kids,
    q.disabledKids,
    disabledIn(kids),
    notDisabled((p) => (p.s.age < 3 ? 0.2 : 1)),
  )) {
    p.s.disabled = true;
  }

  const illnesses = (s: Slot) => {
    const n = rng.pickWeighted([1, 2, 3], [55, 33, 12]);
    const list = rng.shuffle(chronicList).slice(0, n);
    if (s.careDependency && !list.includes('脑卒中后遗症') && rng.chance(0.5)) list[0] = '脑卒中后遗症';
    return chronicList.filter((c) => list.includes(c));
  };
  for (const p of pickByQuota(rng, elders, q.chronicElderly, 0, (p) =>
    p.s.careDependency ? 8 : p.s.cls === 'old' ? 2 : 1 + (p.s.age - 60) / 20,
  )) {
    p.s.chronicIllnesses = illnesses(p.s);
  }
  for (const p of pickByQuota(rng, adults, q.chronicAdults, 0, (p) => (p.s.age >= 40 ? p.s.age - 38 : 0))) {
    p.s.chronicIllnesses = illnesses(p.s).slice(0, 1);
  }

  const special = (s: Slot) => s.flags.includes('orphan') || s.flags.includes('unattendedChild');
  for (const p of pickByQuota(rng, kids, q.childInDifficulty, 0, (p) =>
    special(p.s)
      ? 0
      : p.s.disabled
        ? 20
        : hardship(p.h)
          ? 10
          : p.h.members.filter((m) => m.cls === 'adult').length === 1
            ? 0.5
            : 0.05,
  )) {
    p.s.flags.push('childInDifficulty');
  }
  for (const p of pickByQuota(rng, adults, q.womanInDifficulty, 0, (p) =>
    p.s.sex !== 'female'
      ? 0
      : p.h.kind === 'family' && p.s.rel === '户主' && !p.h.members.some((m) => m.rel === '配偶')
        ? 10
        : hardship(p.h)
          ? 4
          : 0.05,
  )) {
    p.s.flags.push('womanInDifficulty');
  }
  for (const p of pickByQuota(rng, [...adults, ...elders], q.partyMembers, 0, (p) =>
    p.s.age < 23 ? 0.2 : p.s.age < 60 ? 1 : 1.4,
  )) {
    p.s.party = true;
  }
}

// ---------------------------------------------------------------------------------------------------
// Addresses

/** Which grid each compound belongs to: compounds, then apartment blocks, dealt round-robin over the grids. */
export function compoundGridOf(community: CommunitySeed): Map<string, string> {
  const map = new Map<string, string>();
  for (const kind of ['compound', 'apartmentBlock'] as const) {
    community.compounds
      .filter((c) => c.kind === kind)
      .forEach((c, i) => {
        map.set(c.name, community.grids[i % community.grids.length]);
      });
  }
  return map;
}

type Address = { compoundName: string; gridName: string; room: string };

function assignAddresses(rng: Rng, community: CommunitySeed, households: Household[]): Address[] {
  const grids = compoundGridOf(community);
  const residential = community.compounds.filter((c) => c.kind === 'compound');
  const blocks = community.compounds.filter((c) => c.kind === 'apartmentBlock');
  const compoundWeights = residential.map(() => 0.6 + rng.next());
  const choice = households.map((h) =>
    !h.hukou && blocks.length > 0 && rng.chance(0.6)
      ? rng.pick(blocks)
      : rng.pickWeighted(residential, compoundWeights),
  );
  const addresses: Address[] = [];
  const byCompound = new Map<string, number[]>();
  choice.forEach((c, i) => {
    const list = byCompound.get(c.name);
    if (list) list.push(i);
    else byCompound.set(c.name, [i]);
  });
  for (const c of community.compounds) {
    const indexes = byCompound.get(c.name) ?? [];
    const used = new Set<string>();
    const units = c.kind === 'apartmentBlock' ? 10 : rng.int(2, 4);
    // rooms to spare (2.2 per household) in at most 40 buildings, taller ones for big compounds
    const minFloors = Math.ceil((indexes.length * 2.2) / (40 * units));
    const floors =
      c.kind === 'apartmentBlock'
        ? Math.max(6, Math.ceil(indexes.length / 4))
        : Math.max(minFloors, rng.pick([6, 7, 11, 18, 26, 32]));
    const buildings =
      c.kind === 'apartmentBlock' ? 1 : Math.max(2, Math.ceil((indexes.length * 2.2) / (floors * units)));
    for (const i of indexes) {
      let room: string;
      do {
        const floor = rng.int(1, floors);
        const unit = rng.int(1, units);
        const number = `${floor}${pad(unit, 2)}`;
        room = c.kind === 'apartmentBlock' ? number : `${rng.int(1, buildings)}号楼${number}`;
      } while (used.has(room));
      used.add(room);
      addresses[i] = { compoundName: c.name, gridName: grids.get(c.name)!, room };
    }
  }
  return addresses;
}

// ---------------------------------------------------------------------------------------------------
// Generation

type Identity = { birthDate: string; idNumber: string };

const birthDatesByAge = new Map<number, string[]>();

/**
 * The birth dates that make someone `age` on demoStatsAsOf (born after the same day `age + 1` years
 * earlier, on or before the day `age` years earlier) without any band boundary's birthday falling
 * within the margin. Built once per age and shared; the tests check every result with ageOn.
 */
function birthDatesFor(age: number): string[] {
  const cached = birthDatesByAge.get(age);
  if (cached) return cached;
  const latest = isoToMs(shiftYears(demoStatsAsOf, -age));
  const after = shiftYears(demoStatsAsOf, -age - 1);
  const excluded = demoAgeBoundaries
    .filter((b) => b === age || b === age + 1)
    .map((b) => [shiftYears(marginFrom, -b), shiftYears(marginTo, -b)] as const);
  const dates: string[] = [];
  for (let ms = latest; ; ms -= DAY_MS) {
    const iso = msToIso(ms);
    if (iso <= after) break;
    if (!excluded.some(([from, to]) => iso > from && iso <= to)) dates.push(iso);
  }
  birthDatesByAge.set(age, dates);
  return dates;
}

function makeIdentity(
  rng: Rng,
  s: Slot,
  hukou: boolean,
  communityIndex: number,
  used: Map<string, number>,
): Identity {
  const sex = s.sex!;
  const dates = birthDatesFor(s.age);
  const homeShare = !hukou ? 0 : s.age < 25 ? 0.93 : 0.82;
  for (let attempt = 0; attempt < 500; attempt++) {
    const area = rng.chance(homeShare) ? '350206' : rng.pick(otherFujianCodes);
    const birthDate = rng.pick(dates);
    const key = `${area}${birthDate}${sex}`;
    const k = used.get(key) ?? 0;
    if (k >= 40) continue;
    used.set(key, k + 1);
    const sequence = 20 + 80 * communityIndex + 2 * k + (sex === 'male' ? 1 : 0);
    const first17 = `${area}${birthDate.replaceAll('-', '')}${pad(sequence, 3)}`;
    return { birthDate, idNumber: first17 + idCheckChar(first17) };
  }
  throw new Error('demo residents: could not place a birth date');
}

function surnamesFor(rng: Rng, h: Household): string[] {
  const family = pickSurname(rng);
  const head = h.members[0];
  const spouse = h.members.find((m) => m.rel === '配偶');
  const spouseSurname = spouse ? pickSurname(rng) : family;
  const childSurname = head.sex === 'female' && spouse?.sex === 'male' ? spouseSurname : family;
  return h.members.map((m) => {
    switch (m.rel) {
      case '户主':
        return family;
      case '配偶':
        return spouseSurname;
      case '子女':
      case '孙子女':
        return childSurname;
      case '父母':
        return m.sex === 'male' && head.sex === 'male' ? family : pickSurname(rng);
      default:
        return pickSurname(rng);
    }
  });
}

function noteFor(rng: Rng, s: Slot, hukou: boolean): string | null {
  if (!hukou) return rng.chance(0.4) ? '持厦门市居住证' : null;
  if (s.age >= 18 && s.age <= 22 && rng.chance(0.25)) return '在外地读书';
  if (s.cls === 'adult' && rng.chance(0.02)) return '人户分离，现居外区';
  return null;
}

function generate(community: CommunitySeed): DemoResident[] {
  const communityIndex = allCommunities.indexOf(community);
  const rng = createRng(`jinlin-demo-residents:${community.name}`);
  const plan = planFor(community);

  const pool: Pools = { ...plan.hukou, kids: [...plan.hukou.kids] };
  const households: Household[] = [];
  for (const t of plan.templates) {
    for (let i = 0; i < t.repeat; i++) households.push(fromTemplate(rng, pool, t));
  }
  const templateAlone = households.filter((h) => h.kind === 'alone').length;
  fillHouseholds(rng, pool, plan.fill, plan.livesAlone - templateAlone, true, households);
  if (plan.migrants) {
    const migrantPool: Pools = { ...plan.migrants, kids: [...plan.migrants.kids] };
    const migrantFill: FillOptions = {
      kidsPerHousehold: [60, 35, 5],
      grandShare: 0,
      reserveAdultShare: 0.3,
      oneAdultShare: 0.15,
    };
    fillHouseholds(rng, migrantPool, migrantFill, 0, false, households);
  }
  for (const h of households) {
    if (h.kind === 'alone') h.flags.push('livesAlone');
    assignSexes(rng, h);
    assignAges(rng, h);
  }
  applyQuotas(rng, households, plan.quotas);

  const ordered = rng.shuffle(households);
  const addresses = assignAddresses(rng, community, ordered);
  const used = new Map<string, number>();
  const residents: DemoResident[] = [];
  let mobileCounter = 0;
  ordered.forEach((h, hi) => {
    const householdNo = `${plan.prefix}-${pad(hi + 1, 4)}`;
    const surnames = surnamesFor(rng, h);
    h.members.forEach((s, mi) => {
      const { birthDate, idNumber } = makeIdentity(rng, s, h.hukou, communityIndex, used);
      const sex = s.sex!;
      const hasMobile = s.age >= 18 && rng.chance(s.age >= 80 ? 0.5 : 0.94);
      const league = !s.party && s.age >= 14 && s.age <= 28 && rng.chance(0.3);
      const flagSet = new Set<TargetGroupFlag>([...h.flags, ...s.flags]);
      residents.push({
        name: surnames[mi] + pickGivenName(rng, sex, Number(birthDate.slice(0, 4))),
        idNumber,
        sex,
        birthDate,
        mobile: hasMobile ? `1990${pad(communityIndex, 2)}${pad(++mobileCounter, 5)}` : null,
        hukouType: h.hukou ? 'hukou' : 'migrant',
        ...addresses[hi],
        householdNo,
        relationToHead: s.rel,
        politicalStatus: s.party ? '中共党员' : league ? '共青团员' : '群众',
        sensitive: {
          flags: targetGroupFlags.filter((f) => flagSet.has(f)),
          careDependency: s.careDependency,
          chronicIllnesses: s.chronicIllnesses,
          disability: s.disabled ? disabilityOf(rng, s) : null,
        },
        notes: noteFor(rng, s, h.hukou),
      });
    });
  });
  return residents;
}

function disabilityOf(rng: Rng, s: Slot): NonNullable<ResidentSensitive['disability']> {
  const group = s.cls === 'kid' ? 'kid' : s.cls === 'adult' ? 'adult' : 'elder';
  return {
    type: rng.pickWeighted(disabilityTypes, disabilityWeights[group]),
    grade: rng.pickWeighted([1, 2, 3, 4] as const, [10, 25, 30, 35]),
  };
}

/** The residents of one community (full name, e.g. '园山社区'); the same on every call. */
export function generateResidents(communityName: string): DemoResident[] {
  const community = allCommunities.find((c) => c.name === communityName);
  if (!community) throw new Error(`demo residents: unknown community ${communityName}`);
  return generate(community);
}
