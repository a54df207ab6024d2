/**
 * Common Chinese surnames (weighted towards southern Fujian, where 陈 and 林 lead) and given-name
 * characters by sex and by generation, for synthetic residents. Names are random combinations; any
 * resemblance to a real person is chance.
 */
import type { Rng } from './random';

export const surnames: readonly (readonly [string, number])[] = [
  ['陈', 110],
  ['林', 95],
  ['黄', 70],
  ['张', 45],
  ['李', 45],
  ['王', 40],
  ['吴', 40],
  ['刘', 30],
  ['蔡', 30],
  ['杨', 28],
  ['郑', 28],
  ['许', 25],
  ['谢', 22],
  ['洪', 20],
  ['郭', 20],
  ['曾', 18],
  ['邱', 15],
  ['庄', 15],
  ['苏', 15],
  ['叶', 14],
  ['周', 14],
  ['傅', 10],
  ['卢', 10],
  ['柯', 10],
  ['施', 10],
  ['颜', 9],
  ['江', 9],
  ['方', 8],
  ['徐', 8],
  ['朱', 8],
  ['何', 8],
  ['高', 8],
  ['罗', 7],
  ['胡', 7],
  ['余', 6],
  ['潘', 6],
  ['杜', 5],
  ['詹', 5],
  ['游', 5],
  ['孙', 5],
  ['魏', 5],
  ['马', 5],
  ['纪', 4],
  ['连', 4],
  ['童', 3],
  ['康', 3],
  ['白', 3],
  ['钟', 3],
];

type Generation = 'elder' | 'middle' | 'young';

const givenChars: Record<'male' | 'female', Record<Generation, string>> = {
  male: {
    elder: '国建明德志永金水福荣清文春华忠庆宗发祥顺泉炳坤木土石',
    middle: '伟强军勇斌杰涛鹏辉磊俊峰毅宏健彬志鸿晓东海波锦龙',
    young: '子浩宇轩睿博泽辰梓俊皓铭一宸航然熙烨恺彦霖承逸',
  },
  female: {
    elder: '秀英兰桂珍凤玉美丽淑华月琴金芳梅春莲雪碧素瑞宝',
    middle: '丽娟红霞燕敏静婷雅芳琳慧颖莉晶洁艳萍惠玲蓉婉',
    young: '子涵欣怡梓萱诗语可馨雨彤若汐思悦佳琪嘉瑶一诺沐',
  },
};

function generationOf(birthYear: number): Generation {
  if (birthYear < 1970) return 'elder';
  if (birthYear < 2000) return 'middle';
  return 'young';
}

export function pickSurname(rng: Rng): string {
  return rng.pickWeighted(
    surnames.map(([s]) => s),
    surnames.map(([, w]) => w),
  );
}

/** A given name of one or (mostly) two characters suiting the person's sex and birth year. */
export function pickGivenName(rng: Rng, sex: 'male' | 'female', birthYear: number): string {
  const chars = [...givenChars[sex][generationOf(birthYear)]];
  const first = rng.pick(chars);
  if (rng.chance(0.12)) return first;
  let second = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return first + second;
}
