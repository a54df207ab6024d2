// Shapes of the v1 API as documented in docs/api.md.

export type Locale = 'zh-CN' | 'en';

export const ROLES = [
  'districtAdmin',
  'streetAdmin',
  'communityStaff',
  'socialWorker',
  'reviewer',
  'volunteer',
  'resident',
  'partner',
] as const;

export type Role = (typeof ROLES)[number];

export type OrgUnitKind = 'district' | 'street' | 'community';

export type Membership = {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitKind: OrgUnitKind;
  orgPath: string;
  role: Role;
  providerId: string | null;
  providerName: string | null;
};

export type Me = {
  user: { id: string; username: string; name: string; mobile: string | null; locale: Locale | null };
  memberships: Membership[];
  currentMembershipId: string | null;
  permissions: string[];
};

export type OrgUnit = {
  id: string;
  parentId: string | null;
  kind: OrgUnitKind;
  name: string;
  code: string;
  path: string;
  gridCount: number;
  compoundCount: number;
};

export type OrgUnitDetail = OrgUnit & {
  grids: { id: string; name: string }[];
  compounds: { id: string; name: string; kind: 'compound' | 'apartmentBlock' }[];
};

export type Provider = {
  id: string;
  name: string;
  creditCode: string | null;
  contactName: string | null;
  contactPhone: string | null;
};

export type UserRow = {
  id: string;
  username: string;
  name: string;
  mobile: string | null;
  banned: boolean;
  lockedUntil: string | null;
  memberships: Membership[];
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type AuditRow = {
  id: string;
  at: string;
  actorName: string | null;
  orgUnitName: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  reason: string | null;
  ip: string | null;
  detail: unknown;
};
