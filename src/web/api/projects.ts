import type { z } from 'zod';
import type {
  ProjectListQuery as ContractListQuery,
  ProjectScope,
  ProjectStatus,
  ProjectView,
  projectCreateInput,
  projectUpdateInput,
} from '../../core/projects/contract';
import { apiRequest } from './client';

export type Project = ProjectView;
export type { ProjectScope, ProjectStatus };
export type ProjectCreateInput = z.input<typeof projectCreateInput>;
export type ProjectUpdateInput = z.input<typeof projectUpdateInput>;
export type ProjectListQuery = ContractListQuery & { page?: number; pageSize?: number };
export type ProjectPage = { items: Project[]; total: number; page: number; pageSize: number };

// Spelled here (checked against the contract's types) so the bundle does not pull zod in for two lists.
export const PROJECT_SCOPES = ['comprehensive', 'single'] as const satisfies readonly ProjectScope[];
export const PROJECT_STATUSES = ['active', 'ended'] as const satisfies readonly ProjectStatus[];

const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;

export const listProjects = (query: ProjectListQuery): Promise<ProjectPage> =>
  apiRequest('/api/v1/projects', { query });

export const getProject = (id: string): Promise<Project> => apiRequest(projectPath(id));

export const createProject = (input: ProjectCreateInput): Promise<Project> =>
  apiRequest('/api/v1/projects', { method: 'POST', body: input });

export const updateProject = (id: string, input: ProjectUpdateInput): Promise<Project> =>
  apiRequest(projectPath(id), { method: 'PATCH', body: input });
