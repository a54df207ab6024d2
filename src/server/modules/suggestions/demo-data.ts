import { randomUUID } from 'node:crypto';
import type { SuggestionStatus } from '../../../core/suggestions/contract';
import { type DemoUnit, type DemoWorld, yuanshanSocialWorkerAt } from '../../platform/demo-world';
import { raiseNeed } from '../needs/service';
import { notifyResidents } from '../notifications/service';
import { placesOfCommunity } from '../org-units/service';
import { demoResidentsByIdTail, residentIdentities } from '../residents/service';
import { type DemoSuggestion, resident1Suggestion, yuanshanSuggestions } from './demo-suggestions';
import { suggestions } from './schema';

// 园山's 便民信箱 over the year: twenty suggestions, most answered (many replies published), some handed
// to the owners' committee, the property manager or a grid worker, a few turned into needs, one still
// waiting; resident1 (杨阿伯) has one answered that the phone page shows. Runs after needs.

const HOUR_MS = 3600_000;
const STAFF_NAME = '陈思远';

/** The demo day's 09:30 in Asia/Shanghai, `days` days back. */
const daysAgo = (world: DemoWorld, days: number) =>
  new Date(new Date(`${world.today}T09:30:00+08:00`).getTime() - days * 24 * HOUR_MS);

const later = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR_MS);

function statusOf(s: DemoSuggestion): SuggestionStatus {
  if (s.closedAfterDays) return 'closed';
  if (s.reply) return 'replied';
  return s.routed || s.need ? 'routed' : 'submitted';
}

async function insertOne(
  world: DemoWorld,
  unit: DemoUnit,
  compounds: { id: string }[],
  residentId: string,
  s: DemoSuggestion,
): Promise<void> {
  const id = randomUUID();
  const submittedAt = daysAgo(world, s.daysAgo);
  const repliedAt = s.reply ? later(submittedAt, s.reply.afterHours) : null;
  let needId: string | null = null;
  if (s.need) {
    const raisedBy = yuanshanSocialWorkerAt(world, unit, later(submittedAt, 24));
    needId = (
      await raiseNeed(raisedBy, {
        ...s.need,
        description: s.body,
        compoundId: s.compound === null ? null : compounds[s.compound].id,
        source: {
          kind: 'suggestion',
          refId: id,
          residentId,
          note: `便民信箱：${s.title}`,
          raisedAt: submittedAt,
        },
      })
    ).id;
  }
  const routed = s.routed ?? (s.need ? { to: 'staff' as const, name: STAFF_NAME, afterHours: 24 } : null);
  await world.tx.insert(suggestions).values({
    id,
    orgUnitId: unit.id,
    orgPath: unit.path,
    residentId,
    anonymous: s.anonymous,
    title: s.title,
    body: s.body,
    compoundId: s.compound === null ? null : compounds[s.compound].id,
    status: statusOf(s),
    routedTo: routed?.to ?? null,
    routedToName: routed?.name ?? null,
    routedAt: routed ? later(submittedAt, routed.afterHours) : null,
    reply: s.reply?.text ?? null,
    repliedAt,
    repliedBy: s.reply ? STAFF_NAME : null,
    published: s.reply?.published ?? false,
    closedAt: s.closedAfterDays ? later(submittedAt, s.closedAfterDays * 24) : null,
    needId,
    submittedAt,
    createdAt: submittedAt,
    updatedAt: repliedAt ?? submittedAt,
  });
}

export async function loadDemoSuggestions(world: DemoWorld): Promise<void> {
  const unit = world.units.get('园山社区');
  if (!unit) throw new Error('the demo world has no 园山社区');
  const { compounds } = await placesOfCommunity(world.tx, unit.id);
  const authors = await demoResidentsByIdTail(world.tx, {
    unitId: unit.id,
    bornBy: { yearsAgo: 25 },
    limit: yuanshanSuggestions.length,
  });
  for (const [i, s] of yuanshanSuggestions.entries())
    await insertOne(world, unit, compounds, authors[i % authors.length].id, s);
  const userId = world.users.get('resident1');
  const [yang] = userId ? await residentIdentities(world.tx, world.crypto, { userIds: [userId] }) : [];
  if (!yang) return;
  await insertOne(world, unit, compounds, yang.id, resident1Suggestion);
  await notifyResidents(yuanshanSocialWorkerAt(world, unit, daysAgo(world, 17)), [yang.id], {
    title: '您的建议已有答复',
    body: `您在便民信箱提交的建议「${resident1Suggestion.title}」已有答复，请在“便民信箱”查看。`,
  });
}
