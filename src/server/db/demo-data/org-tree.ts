/** The Huli demo world's organisation tree, from huli-seed-facts.json. Community codes are our own numbering. */

type CompoundSeed = { name: string; kind: 'compound' | 'apartmentBlock' };
export type CommunitySeed = { name: string; code: string; grids: string[]; compounds: CompoundSeed[] };
export type StreetSeed = { name: string; code: string; communities: CommunitySeed[] };

const gridNames = (n: number) =>
  Array.from({ length: n }, (_, i) => `第${'一二三四五六七八九十'[i] ?? i + 1}网格`);
const compoundsOf = (names: string[]): CompoundSeed[] => names.map((name) => ({ name, kind: 'compound' }));
const blocksOf = (prefix: string, n: number): CompoundSeed[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}外口公寓${i + 1}号`, kind: 'apartmentBlock' }));

// 园山: 18 compounds, 10 apartment blocks, 7 grids (seed 000). The seeds do not name them.
const yuanshanCompounds = [
  '园山花园',
  '园山新村',
  '园山南苑',
  '园山北苑',
  '金湖花园',
  '湖里山庄',
  '欣悦里',
  '联发新天地',
  '兴湖花园',
  '江湖苑',
  '园山雅苑',
  '枋湖新城',
  '华福花园',
  '双福花园',
  '宝湖花园',
  '园山公寓',
  '乐活花园',
  '湖景花园',
];
// 金尚 (seed 004) and 禾山 (seed 003) name their compounds.
const jinshangCompounds = [
  '金尚小区',
  '中福城',
  '丰泽苑',
  '中孚花园',
  '金鸿花园',
  '一元花园',
  '莱茵花园',
  '玉鹭苑',
];
const heshanCompounds = [
  '新景龙郡',
  '城上城小区',
  '龙湖花园小区',
  '枋湖花园小区',
  '东晖广场小区',
  '凯悦新城小区',
];

const jiangtouNames = [
  '江头',
  '吕厝',
  '吕岭',
  '园山',
  '金尚',
  '江村',
  '蔡塘',
  '后埔',
  '祥店',
  '江华',
  '忠仑',
];

function community(short: string, code: string): CommunitySeed {
  const name = `${short}社区`;
  if (short === '园山') {
    return {
      name,
      code,
      grids: gridNames(7),
      compounds: [...compoundsOf(yuanshanCompounds), ...blocksOf('园山', 10)],
    };
  }
  if (short === '金尚') return { name, code, grids: gridNames(6), compounds: compoundsOf(jinshangCompounds) };
  if (short === '禾山') return { name, code, grids: gridNames(5), compounds: compoundsOf(heshanCompounds) };
  return {
    name,
    code,
    grids: gridNames(3),
    compounds: compoundsOf([`${short}一区`, `${short}二区`, `${short}花园`]),
  };
}

export const district = { name: '湖里区', code: '350206' };

export const streets: StreetSeed[] = [
  {
    name: '江头街道',
    code: '350206004',
    communities: jiangtouNames.map((short, i) =>
      community(short, `350206004${String(i + 1).padStart(3, '0')}`),
    ),
  },
  { name: '禾山街道', code: '350206003', communities: [community('禾山', '350206003001')] },
];
