import { expect } from 'vitest';
import { photoForm } from '../../testing/multipart';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

const DAY = 86_400_000;
const dayFromNow = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * DAY));

const meetingBody = {
  kind: 'secretaryTea',
  title: '越权会议',
  hostName: '越权主持',
  startsAt: '2026-01-01T07:00:00.000Z',
  place: '越权地点',
};

export const scopeSamples: ModuleScopeSamples = {
  // A 园山 meeting that has begun: a participant, a decided agenda item, an action item with a photo.
  async setup(ctx, owners) {
    const headers = owners.yuanshanStaff;
    const post = (url: string, payload: object) => ctx.request({ method: 'POST', url, headers, payload });
    const meeting = await post('/api/v1/meetings', {
      ...meetingBody,
      title: '园山书记下午茶',
      hostName: '李秀梅',
      place: '园山议事厅',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json().id as string;
    await post(`/api/v1/meetings/${meetingId}/participants`, {
      items: [{ kind: 'other', name: '园山居民代表' }],
    });
    const item = await post(`/api/v1/meetings/${meetingId}/agenda-items`, { title: '园山议题' });
    await post(`/api/v1/agenda-items/${item.json().id}/decision`, { decision: '园山形成的方案' });
    const action = await post(`/api/v1/agenda-items/${item.json().id}/action-items`, {
      what: '园山任务',
      assigneeKind: 'partner',
      partnerName: '园山物业',
      dueOn: dayFromNow(7),
    });
    expect(action.statusCode, action.body).toBe(201);
    const form = await photoForm('file');
    const photo = await ctx.request({
      method: 'POST',
      url: `/api/v1/action-items/${action.json().id}/photos`,
      headers: { ...headers, ...form.headers },
      payload: form.payload,
    });
    expect(photo.statusCode, photo.body).toBe(204);
    const detail = (
      await ctx.request({ method: 'GET', url: `/api/v1/meetings/${meetingId}`, headers })
    ).json();
    const kind = await post('/api/v1/meeting-kinds', { name: '园山楼栋议事会' });
    return {
      meeting: meetingId,
      meetingParticipant: detail.participants[0].id,
      agendaItem: item.json().id,
      actionItem: action.json().id,
      actionPhoto: detail.agenda[0].actionItems[0].photos[0].id,
      meetingKind: kind.json().id,
    };
  },
  samples: async (ids) => ({
    'POST /api/v1/meeting-kinds': { body: { name: '自家类型' }, ownUnit: true },
    'PUT /api/v1/meeting-kinds/:id': { body: { name: '越权改名' } },
    'DELETE /api/v1/meeting-kinds/:id': {},
    'PUT /api/v1/meeting-rules': { body: { body: '本单位自己的议事规则文本内容' }, ownUnit: true },
    'POST /api/v1/meetings': { body: meetingBody, ownUnit: true },
    'PUT /api/v1/meetings/:id': { body: meetingBody },
    'POST /api/v1/meetings/:id/cancel': { body: { reason: '越权取消' } },
    'POST /api/v1/meetings/:id/held': { body: { minutes: '越权填写的会议纪要内容', recorderName: '越权' } },
    'POST /api/v1/meetings/:id/participants': { body: { items: [{ kind: 'other', name: '越权人员' }] } },
    'DELETE /api/v1/meeting-participants/:id': {},
    'POST /api/v1/meeting-participants/:id/sign-in': { body: { signedIn: true } },
    'POST /api/v1/meetings/:id/agenda-items': { body: { title: '越权议题' } },
    'PUT /api/v1/meetings/:id/agenda-order': { body: { ids: [ids.agendaItem] } },
    'PUT /api/v1/agenda-items/:id': { body: { title: '越权改议题' } },
    'DELETE /api/v1/agenda-items/:id': {},
    'POST /api/v1/agenda-items/:id/decision': { body: { decision: '越权形成方案' } },
    'POST /api/v1/agenda-items/:id/action-items': {
      body: { what: '越权任务', assigneeKind: 'partner', partnerName: '越权物业', dueOn: dayFromNow(7) },
    },
    'POST /api/v1/action-items/:id/done': { body: { note: '越权完成' } },
    'POST /api/v1/action-items/:id/reopen': { body: { reason: '越权退回' } },
    'POST /api/v1/action-items/:id/cancel': { body: { reason: '越权撤销' } },
    'POST /api/v1/action-items/:id/photos': { form: await photoForm('file') },
    'DELETE /api/v1/action-item-photos/:id': {},
    'POST /api/v1/me/action-items/:id/done': { body: { note: '冒名完成' } },
    'POST /api/v1/me/action-items/:id/photos': { form: await photoForm('file') },
  }),
  targets: {
    '/api/v1/meeting-kinds/:id': 'meetingKind',
    '/api/v1/meetings/:id': 'meeting',
    '/api/v1/meetings/:id/cancel': 'meeting',
    '/api/v1/meetings/:id/held': 'meeting',
    '/api/v1/meetings/:id/minutes': 'meeting',
    '/api/v1/meetings/:id/agenda-candidates': 'meeting',
    '/api/v1/meetings/:id/staff-candidates': 'meeting',
    '/api/v1/meetings/:id/participants': 'meeting',
    '/api/v1/meetings/:id/agenda-items': 'meeting',
    '/api/v1/meetings/:id/agenda-order': 'meeting',
    '/api/v1/meeting-participants/:id': 'meetingParticipant',
    '/api/v1/meeting-participants/:id/sign-in': 'meetingParticipant',
    '/api/v1/agenda-items/:id': 'agendaItem',
    '/api/v1/agenda-items/:id/decision': 'agendaItem',
    '/api/v1/agenda-items/:id/action-items': 'agendaItem',
    '/api/v1/action-items/:id/done': 'actionItem',
    '/api/v1/action-items/:id/reopen': 'actionItem',
    '/api/v1/action-items/:id/cancel': 'actionItem',
    '/api/v1/action-items/:id/photos': 'actionItem',
    '/api/v1/action-item-photos/:id': 'actionPhoto',
    '/api/v1/action-item-photos/:id/thumb': 'actionPhoto',
    '/api/v1/action-item-photos/:id/large': 'actionPhoto',
    '/api/v1/me/action-items/:id/done': 'actionItem',
    '/api/v1/me/action-items/:id/photos': 'actionItem',
  },
  leakIds: ['meeting', 'actionItem'],
};
