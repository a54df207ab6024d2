import type { ErrorCode } from '../../../core/error-messages';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { pathWithin } from '../../http/scope';
import { getVisibleProject } from '../projects/service';

const refusal = (code: ErrorCode, message: string) =>
  new AppError(code, 400, [{ path: 'projectId', message }]);

/**
 * The project an activity organised at `unitPath` may name: one the actor sees, bought by that unit or
 * a unit above it (a project never counts another community's work), and still running — unless the
 * activity already belonged to it before the project ended.
 */
export async function projectForActivity(
  db: Db,
  actor: Actor,
  projectId: string | null | undefined,
  unitPath: string,
  currentProjectId: string | null = null,
): Promise<string | null> {
  if (!projectId) return null;
  const project = await getVisibleProject(db, actor, projectId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'projects.not_found'
      ? refusal('activities.project_not_found', '所选项目不存在或您无权使用')
      : error;
  });
  if (!pathWithin(unitPath, project.orgPath))
    throw refusal('activities.project_outside_unit', '活动的主办单位不在该项目购买主体的范围内');
  if (project.status === 'ended' && project.id !== currentProjectId)
    throw refusal('activities.project_ended', '该项目已结束，不能再关联新的活动');
  return project.id;
}
