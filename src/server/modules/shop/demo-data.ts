import type { ShopItemCreateInput } from '../../../core/shop/contract';
import type { ActorMembership } from '../../http/actor';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../platform/context';
import { type DemoLoader, type DemoWorld, demoContext } from '../../platform/demo-world';
import { pointsBalances } from '../points/service';
import { type VolunteerRef, volunteerOfUser } from '../volunteers/service';
import { createShopItem, setShopItemListed } from './items';
import { cancelRedemption, collectRedemption, redeem } from './redemptions';
import { takeStock } from './stock-takes';

// 园山's 友邻超市: goods and services donated by local businesses, a few redemptions of 周美玲
// (volunteer1) — collected, cancelled and one waiting to be picked up — and a stock-take that found a
// damaged pack. Runs after the points demo, through the shop's own services, within the balances.

type DemoItem = Omit<ShopItemCreateInput, 'description' | 'availableFrom' | 'availableUntil'> & {
  description: string;
  withdrawn?: true;
};

const items: DemoItem[] = [
  {
    name: '大米 5kg',
    kind: 'goods',
    description: '东北新米，每人每月限兑2袋',
    donorName: '园山便利店',
    value: '32.00',
    pricePoints: 60,
    stock: 12,
    perPersonLimit: 2,
  },
  {
    name: '花生油 5L',
    kind: 'goods',
    description: '压榨一级花生油',
    donorName: '园山便利店',
    value: '69.90',
    pricePoints: 120,
    stock: 6,
    perPersonLimit: 1,
  },
  {
    name: '抽纸（10包装）',
    kind: 'goods',
    description: '三层抽纸',
    donorName: '园山便利店',
    value: '19.90',
    pricePoints: 30,
    stock: 15,
    perPersonLimit: null,
  },
  {
    name: '家庭小药箱',
    kind: 'goods',
    description: '含创可贴、碘伏棉签、体温计等常用物品',
    donorName: '康乐药房',
    value: '45.00',
    pricePoints: 80,
    stock: 5,
    perPersonLimit: 1,
  },
  {
    name: '测血压血糖一次',
    kind: 'service',
    description: '凭兑换记录到康乐药房（园山南路）检测',
    donorName: '康乐药房',
    value: '15.00',
    pricePoints: 20,
    stock: 30,
    perPersonLimit: null,
  },
  {
    name: '剪发一次',
    kind: 'service',
    description: '阿芳理发店男女剪发，需提前电话预约',
    donorName: '阿芳理发店',
    value: '25.00',
    pricePoints: 40,
    stock: 20,
    perPersonLimit: 2,
  },
  {
    name: '洗衣液 2kg',
    kind: 'goods',
    description: '薰衣草香型',
    donorName: '福满园便利店',
    value: '29.90',
    pricePoints: 50,
    stock: 10,
    perPersonLimit: null,
  },
  {
    name: '眼镜清洗调校',
    kind: 'service',
    description: '超声波清洗、更换鼻托、调校镜腿',
    donorName: '明亮眼镜店',
    value: '30.00',
    pricePoints: 30,
    stock: 10,
    perPersonLimit: null,
  },
  {
    name: '家电清洗一次',
    kind: 'service',
    description: '空调或油烟机清洗一台，物业师傅上门',
    donorName: '园山物业服务中心',
    value: '80.00',
    pricePoints: 150,
    stock: 4,
    perPersonLimit: 1,
  },
  {
    name: '环保购物袋',
    kind: 'goods',
    description: '可折叠帆布袋',
    donorName: '园山花园业主委员会',
    value: '8.00',
    pricePoints: 10,
    stock: 50,
    perPersonLimit: null,
  },
  {
    name: '中秋月饼礼盒',
    kind: 'goods',
    description: '节日限定，已兑完下架',
    donorName: '园山便利店',
    value: '58.00',
    pricePoints: 100,
    stock: 0,
    perPersonLimit: 1,
    withdrawn: true,
  },
];

const DAY_MS = 24 * 3600_000;

/** A context acting as `username` through their membership at 园山, with time fixed at `at`. */
function contextAs(
  world: DemoWorld,
  username: string,
  name: string,
  role: ActorMembership['role'],
  at: Date,
): ServiceContext {
  const unit = world.units.get('园山社区');
  if (!unit) throw new Error('the demo world has no 园山社区');
  return demoContext(world, { username, name, role, unit, unitName: '园山社区' }, at);
}

/** volunteer1's record; none while the volunteers demo does not enrol them, and then no redemptions. */
async function demoVolunteer(ctx: ServiceContext): Promise<VolunteerRef | null> {
  try {
    return await volunteerOfUser(ctx);
  } catch (error) {
    if (error instanceof AppError && error.code === 'volunteers.not_registered') return null;
    throw error;
  }
}

export const loadDemoShop: DemoLoader = async (world) => {
  const now = Date.now();
  const daysAgo = (n: number) => new Date(now - n * DAY_MS);
  const staffAt = (at: Date) => contextAs(world, 'yuanshan.sw', '陈思远', 'socialWorker', at);
  const ids = new Map<string, string>();
  for (const { withdrawn, ...item } of items) {
    const created = await createShopItem(staffAt(daysAgo(60)), {
      ...item,
      availableFrom: null,
      availableUntil: null,
    });
    if (withdrawn) await setShopItemListed(staffAt(daysAgo(30)), created.id, false);
    ids.set(item.name, created.id);
  }
  const itemId = (name: string) => ids.get(name) ?? '';

  const volunteerAt = (at: Date) => contextAs(world, 'volunteer1', '周美玲', 'volunteer', at);
  const volunteer = await demoVolunteer(volunteerAt(daysAgo(0)));
  if (volunteer) {
    // Each in order, only while the balance the points demo gave covers it.
    const plan: { item: string; daysAgo: number; outcome: 'collect' | 'cancel' | 'hold' }[] = [
      { item: '剪发一次', daysAgo: 40, outcome: 'collect' },
      { item: '环保购物袋', daysAgo: 25, outcome: 'collect' },
      { item: '测血压血糖一次', daysAgo: 12, outcome: 'cancel' },
      { item: '大米 5kg', daysAgo: 2, outcome: 'hold' },
    ];
    for (const step of plan) {
      const at = daysAgo(step.daysAgo);
      const item = items.find((i) => i.name === step.item);
      const balance = (await pointsBalances(volunteerAt(at), [volunteer.id])).get(volunteer.id);
      if (!item || !balance || balance.available < item.pricePoints) continue;
      const made = await redeem(volunteerAt(at), itemId(step.item), volunteer, 1, 'self');
      const later = new Date(at.getTime() + DAY_MS);
      if (step.outcome === 'collect') await collectRedemption(staffAt(later), made.id);
      if (step.outcome === 'cancel') await cancelRedemption(volunteerAt(later), made.id, volunteer);
    }
  }
  await takeStock(staffAt(daysAgo(7)), itemId('抽纸（10包装）'), {
    countedQuantity: 14,
    reason: '一包抽纸受潮破损，已报损',
  });
};
