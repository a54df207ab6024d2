/**
 * Common Chinese surnames (weighted towards southern Fujian, where 陈 and 林 lead) and given-name
 * characters by sex and by generation, for synthetic residents. Names are random combinations; any
 * resemblance to a real person is chance.
 */
import type { Rng } from './random';

/** Surnames, most common first, with relative weights. */
export const surnames = [
  ...'陈林黄张李王吴刘蔡杨郑许谢洪郭曾邱庄苏叶周傅卢柯施颜江方徐朱何高罗胡余潘杜詹游孙魏马纪连童康白钟',
];
export const surnameWeights = [
  110, 95, 70, 45, 45, 40, 40, 30, 30, 28, 28, 25, 22, 20, 20, 18, 15, 15, 15, 14, 14, 10, 10, 10, 10, 9, 9,
  8, 8, 8, 8, 8, 7, 7, 6, 6, 5, 5, 5, 5, 5, 5, 4, 4, 3, 3, 3, 3,
];

type Generation = 'elder' | 'middle' | 'young';

const givenCharStrings: Record<'male' | 'female', Record<Generation, string>> = {
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

const split = (r: Record<Generation, string>): Record<Generation, string[]> => ({
  elder: [...r.elder],
  middle: [...r.middle],
  young: [...r.young],
});
const givenChars = { male: split(givenCharStrings.male), female: split(givenCharStrings.female) };

function generationOf(birthYear: number): Generation {
  if (birthYear < 1970) return 'elder';
  if (birthYear < 2000) return 'middle';
  return 'young';
}

const surnameTotal = surnameWeights.reduce((a, b) => a + b, 0);

export function pickSurname(rng: Rng): string {
  let r = rng.next() * surnameTotal;
  for (let i = 0; i < surnames.length; i++) {
    r -= surnameWeights[i];
    if (r < 0) return surnames[i];
  }
  return surnames[surnames.length - 1];
}

/** A given name of one or (mostly) two characters suiting the person's sex and birth year. */
export function pickGivenName(rng: Rng, sex: 'male' | 'female', birthYear: number): string {
  const chars = givenChars[sex][generationOf(birthYear)];
  const first = rng.pick(chars);
  if (rng.chance(0.12)) return first;
  let second = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return first + second;
}
