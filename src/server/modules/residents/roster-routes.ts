import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { residentListQuery } from '../../../core/residents/contract';
import { hasPermission } from '../../http/actor';
import { AppError } from '../../http/errors';
import { pageQuery } from '../../http/pagination';
import { selectedIdsQuery } from '../../http/selection';
import { exportRoster, rosterTemplate } from './roster-export';
import {
  checkImport,
  commitImport,
  type ImportProgress,
  type ImportUpload,
  planImport,
  readImport,
} from './roster-import';
import { maxRosterBytes } from './roster-reader';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importQuery = z.object({ orgUnitId: z.uuid().optional() });
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw new AppError('residents.import_file_missing', 400);
  const file = await req.file({ limits: { fileSize: maxRosterBytes, files: 1 } });
  if (!file) throw new AppError('residents.import_file_missing', 400);
  const buffer = await file.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('residents.import_too_large', 413);
    throw error;
  });
  return buffer;
}

const ndjsonType = 'application/x-ndjson';

/**
 * One JSON object per line while the commit runs, so a person watches a big roster go through:
 * progress while the rows are checked, then while the one transaction writes them; then `done`,
 * `rejected` (rows with errors: nothing written) or `failed` (rolled back: nothing written).
 */
function streamCommit(req: FastifyRequest, reply: FastifyReply, upload: ImportUpload) {
  const stream = new PassThrough();
  reply.type(ndjsonType).send(stream);
  const line = (value: object) => stream.write(`${JSON.stringify(value)}\n`);
  const progress = (p: ImportProgress) => line({ type: 'progress', ...p });
  checkImport(req.ctx, upload, progress)
    .then(async (plan) => {
      if (plan.report.errorCount > 0) {
        line({ type: 'rejected', message: '名册有错误，未导入任何数据，请重新核对', report: plan.report });
        return;
      }
      line({ type: 'done', report: await commitImport(req.ctx, plan, progress) });
    })
    .catch((error: unknown) => {
      req.log.error({ err: error }, 'import failed');
      line({ type: 'failed', message: '导入失败，已全部回滚，未写入任何数据' });
    })
    .finally(() => stream.end());
}

/** The roster as Excel: template, dry run, commit (streaming progress), export. */
export async function rosterRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['residents'];

  app.get('/residents/import-template', {
    config: { permission: 'residents.manage' },
    schema: { tags },
    handler: async (_req, reply) =>
      reply
        .type(xlsxType)
        .header('content-disposition', attachment('居民名册导入模板.xlsx'))
        .send(await rosterTemplate()),
  });

  app.post('/residents/import/dry-run', {
    config: { permission: 'residents.manage' },
    schema: { tags, querystring: importQuery },
    handler: async (req) => (await planImport(req.ctx, req.query.orgUnitId, () => uploadedFile(req))).report,
  });

  app.post('/residents/import/commit', {
    config: { permission: 'residents.manage' },
    schema: { tags, querystring: importQuery },
    handler: async (req, reply) => {
      const upload = await readImport(req.ctx, req.query.orgUnitId, () => uploadedFile(req));
      // A client that cannot read lines as they come gets the report, or the 400 listing the errors.
      if (!req.headers.accept?.includes(ndjsonType)) {
        return commitImport(req.ctx, await checkImport(req.ctx, upload));
      }
      streamCommit(req, reply, upload);
      return reply;
    },
  });

  app.get('/residents/export', {
    config: { permission: 'residents.export' },
    schema: {
      tags,
      querystring: residentListQuery.extend({
        whole: z.stringbool().default(false),
        reason: z.string().trim().min(2, '完整导出须说明原因').max(200).optional(),
        ...selectedIdsQuery.shape,
      }),
    },
    handler: async (req, reply) => {
      const { whole, reason, ids, ...filters } = req.query;
      if (whole && !hasPermission(req.actor, 'residents.reveal')) throw new AppError('http.forbidden', 403);
      if (whole && !reason)
        throw new AppError('residents.reason_required', 400, [
          { path: 'reason', message: '完整导出须说明原因' },
        ]);
      const query = { ...filters, ...pageQuery.parse({}) };
      const file = await exportRoster(req.ctx, query, whole ? { reason: reason ?? '' } : null, ids);
      return reply.type(xlsxType).header('content-disposition', attachment('居民名册.xlsx')).send(file);
    },
  });
}
