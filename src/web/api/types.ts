// The v1 API's shapes come from the zod contracts in src/core, shared with the server.
import type { AuditRow as CoreAuditRow } from '../../core/audit/contract';
import type { OrgUnitDetail as CoreOrgUnitDetail, OrgUnitView } from '../../core/org-units/contract';
import type { ProviderView } from '../../core/providers/contract';
import type { OrgUnitKind as CoreOrgUnitKind, Role as CoreRole } from '../../core/roles';
import type { UserRow as CoreUserRow, MembershipView, MeView } from '../../core/users/contract';

export { grantableRoles, roles as ROLES, roleUnitKinds } from '../../core/roles';

export type Locale = 'zh-CN' | 'en';
export type Role = CoreRole;
export type OrgUnitKind = CoreOrgUnitKind;
export type Membership = MembershipView;
export type Me = MeView;
export type OrgUnit = OrgUnitView;
export type OrgUnitDetail = CoreOrgUnitDetail;
export type Provider = ProviderView;
export type UserRow = CoreUserRow;
export type AuditRow = CoreAuditRow;
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
