import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { and, asc, eq, gte, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { maskIdNumber } from '../../../core/mask';
import { idTypeLabels } from '../../../core/residents/contract';
import { safeDocText } from '../../documents/cell-text';
import { AppError } from '../../http/errors';
import { inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { orgUnitNameOf } from '../org-units/service';
import { assertPeriod } from './record-export';
import { serviceRecords, volunteerCertificates, volunteers } from './schema';
import { volunteerOfUser } from './service';
import { settingsOf } from './settings';

type Issuer = { id: string; path: string; name: string };
type Period = { from?: string; to?: string };

const hours = (minutes: number) => String(Math.round((minutes / 60) * 10) / 10);

/** The next number of the unit for the year: unit code, year, running number (under a per-unit lock). */
async function nextCertificateNo(tx: ServiceContext, unit: Issuer, year: string): Promise<string> {
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`volunteer-certificate:${unit.id}`}))`);
  const prefix = `${unit.path.split('.').at(-1)}-${year}-`;
  const [{ n }] = await tx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(volunteerCertificates)
    .where(like(volunteerCertificates.certificateNo, `${prefix}%`));
  return `${prefix}${String(n + 1).padStart(4, '0')}`;
}

/**
 * 谁组织谁记录、谁记录谁证明: a certificate of the approved records `issuer` itself recorded for the
 * volunteer in the period, with the ID number masked; the issue is stored with its records and audited.
 */
async function issueCertificate(ctx: ServiceContext, volunteerId: string, issuer: Issuer, period: Period) {
  assertPeriod(period.from, period.to);
  return inTransaction(ctx, async (tx) => {
    const [volunteer] = await tx.db.select().from(volunteers).where(eq(volunteers.id, volunteerId));
    const records = await tx.db
      .select()
      .from(serviceRecords)
      .where(
        and(
          eq(serviceRecords.volunteerId, volunteerId),
          eq(serviceRecords.orgUnitId, issuer.id),
          eq(serviceRecords.status, 'approved'),
          period.from ? gte(serviceRecords.serviceDate, period.from) : undefined,
          period.to ? lte(serviceRecords.serviceDate, period.to) : undefined,
        ),
      )
      .orderBy(asc(serviceRecords.serviceDate));
    if (records.length === 0) throw new AppError('serviceRecords.nothing_to_export', 400);
    const totalMinutes = records.reduce((n, r) => n + (r.minutes ?? 0), 0);
    const today = tx.clock.today();
    const certificateNo = await nextCertificateNo(tx, issuer, today.slice(0, 4));
    const [row] = await tx.db
      .insert(volunteerCertificates)
      .values({
        orgUnitId: issuer.id,
        orgPath: issuer.path,
        volunteerId,
        certificateNo,
        totalMinutes,
        recordIds: records.map((r) => r.id),
        issuedBy: tx.actor.name,
      })
      .returning({ id: volunteerCertificates.id });
    await recordAudit(tx, {
      action: 'volunteers.certificate',
      entity: 'volunteerCertificate',
      entityId: row.id,
      orgUnit: { id: issuer.id, path: issuer.path },
      detail: { volunteerId, certificateNo, records: records.length, totalMinutes, ...period },
    });
    const settings = await settingsOf(tx.db, issuer.id);
    return { volunteer, records, totalMinutes, certificateNo, today, settings };
  });
}

type Issued = Awaited<ReturnType<typeof issueCertificate>>;

const text = (value: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: safeDocText(value), bold: opts.bold, size: opts.size ?? 24 });
const line = (value: string, align?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Paragraph({ alignment: align, spacing: { after: 120 }, children: [text(value)] });

async function certificateDocx(ctx: ServiceContext, issuer: Issuer, c: Issued): Promise<Buffer> {
  const idNumber = maskIdNumber(ctx.crypto.decrypt(c.volunteer.idNumberEnc));
  const cell = (value: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(value, { bold })] })],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ['服务日期', '服务内容', '服务地点', '时长(小时)'],
      ...c.records.map((r) => [r.serviceDate, r.content, r.place, hours(r.minutes ?? 0)]),
    ].map((cells, i) => new TableRow({ children: cells.map((v) => cell(v, i === 0)) })),
  });
  const s = c.settings;
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [text('志愿服务证明', { bold: true, size: 36 })],
          }),
          line(`证明编号：${c.certificateNo}`, AlignmentType.RIGHT),
          line(`姓名：${c.volunteer.name}　　志愿者编号：${c.volunteer.volunteerNo}`),
          line(`证件类型：${idTypeLabels[c.volunteer.idType]}　　证件号码：${idNumber}`),
          line(
            `兹证明该志愿者参加由${issuer.name}组织的志愿服务，经本单位记录并审核，累计服务时长 ${hours(c.totalMinutes)} 小时，明细如下：`,
          ),
          table,
          line(''),
          line(`出具单位：${issuer.name}（盖章）`),
          line(`负责人：${s.certificateResponsible || '—'}　　经办人：${s.certificateHandler || '—'}`),
          line(`联系方式：${s.certificateContact || '—'}`),
          line(`出具日期：${c.today}`),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Staff issue a certificate of their own unit's records for a volunteer of their scope or one they recorded. */
export async function certificateForVolunteer(ctx: ServiceContext, volunteerId: string, period: Period) {
  const { orgUnitId: id, orgPath: path, orgUnitName: name } = ctx.actor.membership;
  const recordedHere: SQL = sql`exists (select 1 from ${serviceRecords} r where r.volunteer_id = ${volunteers.id} and r.org_unit_id = ${id})`;
  const [known] = await ctx.db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(eq(volunteers.id, volunteerId), or(inScope(ctx.actor, volunteers.orgPath), recordedHere)));
  if (!known) throw new AppError('volunteers.not_found', 404);
  const issuer = { id, path, name };
  return certificateDocx(ctx, issuer, await issueCertificate(ctx, volunteerId, issuer, period));
}

/** The volunteer's own certificate of the records their own community recorded. */
export async function myCertificate(ctx: ServiceContext, period: Period) {
  const me = await volunteerOfUser(ctx);
  const [unit] = await ctx.db
    .select({ name: orgUnitNameOf(volunteers.orgUnitId) })
    .from(volunteers)
    .where(eq(volunteers.id, me.id));
  const issuer = { id: me.orgUnitId, path: me.orgPath, name: unit.name };
  return certificateDocx(ctx, issuer, await issueCertificate(ctx, me.id, issuer, period));
}
