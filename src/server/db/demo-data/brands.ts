import { brands } from '../../modules/activities/schema';
import type { Db } from '../client';

type UnitRef = { id: string; path: string };

/**
 * The brands the seeds name, kept where they belong: 江头街道's street-wide ones, each community's own
 * (seed 001's list of community brands, 000 for 园山, 004's service lines for 金尚, 003 for 禾山).
 */
export const demoBrands: Record<string, string[]> = {
  江头街道: ['一周一公益', '爱心会客厅'],
  园山社区: ['幸福驿站', '书记下午茶', '园山最强音', '第一桶金 微创业', '敬老餐厅'],
  金尚社区: ['童梦筑家园', '童梦育家辉', '童梦护成长', '童梦暖心行', '童梦慧当家', '敬老餐厅', '图书馆'],
  吕厝社区: ['公益合伙人', '好厝边智囊团'],
  吕岭社区: ['敬老餐厅'],
  江村社区: ['科普基地'],
  后埔社区: ['公益图书馆'],
  祥店社区: ['警娃夏令营'],
  蔡塘社区: ['家校社联动'],
  忠仑社区: ['手工课堂'],
  禾山社区: ['爱有道', '爱自治', '爱集禾', '禾你益起', '禾邻有约', '一区一品'],
};

export async function loadDemoBrands(tx: Db, units: Map<string, UnitRef>): Promise<void> {
  await tx.insert(brands).values(
    Object.entries(demoBrands).flatMap(([unit, names]) => {
      const { id, path } = units.get(unit)!;
      return names.map((name) => ({ name, orgUnitId: id, orgPath: path, createdBy: '演示数据' }));
    }),
  );
}
