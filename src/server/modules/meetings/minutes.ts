import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { actionItemStatusLabels, type MeetingDetail } from '../../../core/meetings/contract';
import { safeDocText } from '../../documents/cell-text';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { findMeeting } from './access';
import { getMeeting } from './meetings';

// 会议纪要 as .docx, in the layout a community files: title, time, place, host, recorder, attendees,
// then each agenda item with its discussion, decision and the table of who does what by when.

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const run = (value: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: safeDocText(value), bold: opts.bold, size: opts.size ?? 24, font: '宋体' });
const line = (label: string, value: string) =>
  new Paragraph({ spacing: { after: 120 }, children: [run(label, { bold: true }), run(value)] });
const heading = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    children: [run(value, { bold: true, size: 28 })],
  });
const paragraphs = (value: string) =>
  (value.trim() || '—').split('\n').map((p) => new Paragraph({ spacing: { after: 80 }, children: [run(p)] }));

function tasksTable(items: MeetingDetail['agenda'][number]['actionItems']) {
  const cell = (value: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(value, { bold, size: 21 })] }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ['事项', '责任方', '完成时限', '状态'],
      ...items.map((a) => [
        a.what,
        a.assigneeName,
        a.dueOn,
        a.overdue ? '逾期' : actionItemStatusLabels[a.status],
      ]),
    ].map((cells, i) => new TableRow({ children: cells.map((v) => cell(v, i === 0)) })),
  });
}

function minutesDocument(m: MeetingDetail) {
  const attendees = m.participants.length
    ? m.participants
        .map(
          (p) => `${p.name}${p.affiliation ? `（${p.affiliation}）` : ''}${p.signedInAt ? '' : '（未签到）'}`,
        )
        .join('、')
    : '—';
  const agenda = m.agenda.flatMap((a, i) => [
    heading(`议题${i + 1}：${a.title}`),
    new Paragraph({ children: [run('讨论情况：', { bold: true })] }),
    ...paragraphs(a.discussion),
    new Paragraph({ children: [run('形成方案：', { bold: true })] }),
    ...paragraphs(a.decision ?? '未形成方案'),
    ...(a.actionItems.length
      ? [new Paragraph({ children: [run('任务分工：', { bold: true })] }), tasksTable(a.actionItems)]
      : []),
  ]);
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(`${m.orgUnitName}${m.kindName}会议纪要`, { bold: true, size: 36 })],
          }),
          line('会议名称：', m.title),
          line('时　　间：', timeFormat.format(new Date(m.startsAt))),
          line('地　　点：', m.place),
          line('主 持 人：', m.hostName),
          line('记 录 人：', m.recorderName || '—'),
          line('参会人员：', `${attendees}（应到${m.participantCount}人，实到${m.signedInCount}人）`),
          heading('会议记录'),
          ...paragraphs(m.minutes),
          ...agenda,
        ],
      },
    ],
  });
}

/** The minutes of a meeting in scope as .docx; each download is audited (it names people). */
export async function minutesDocx(ctx: ServiceContext, id: string): Promise<{ file: Buffer; name: string }> {
  const row = await findMeeting(ctx, id);
  const meeting = await getMeeting(ctx, id);
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: 'meetings.minutes_export',
      entity: 'meeting',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
    }),
  );
  const file = await Packer.toBuffer(minutesDocument(meeting));
  return { file, name: `${meeting.title}会议纪要.docx` };
}
