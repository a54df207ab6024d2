import { z } from 'zod';

export const roles = [
  'districtAdmin',
  'streetAdmin',
  'communityStaff',
  'socialWorker',
  'reviewer',
  'volunteer',
  'resident',
  'partner',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const orgUnitKinds = ['district', 'street', 'community'] as const;
export const orgUnitKindSchema = z.enum(orgUnitKinds);
export type OrgUnitKind = z.infer<typeof orgUnitKindSchema>;

/** The unit kinds a role may be held at: a street admin works at a street, staff at a community. */
export const roleUnitKinds: Record<Role, readonly OrgUnitKind[]> = {
  districtAdmin: ['district'],
  streetAdmin: ['street'],
  communityStaff: ['community'],
  socialWorker: ['street', 'community'],
  reviewer: ['district', 'street'],
  volunteer: ['community'],
  resident: ['community'],
  partner: ['community'],
};

/** Which roles an admin role may grant: never one above its own. */
export const grantableRoles: Partial<Record<Role, readonly Role[]>> = {
  districtAdmin: roles,
  streetAdmin: roles.filter((r) => r !== 'districtAdmin'),
};

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  districtAdmin: { zh: '区级管理员', en: 'District admin' },
  streetAdmin: { zh: '街道管理员', en: 'Street admin' },
  communityStaff: { zh: '社区工作人员', en: 'Community staff' },
  socialWorker: { zh: '社工', en: 'Social worker' },
  reviewer: { zh: '评审专家', en: 'Reviewer' },
  volunteer: { zh: '志愿者', en: 'Volunteer' },
  resident: { zh: '居民', en: 'Resident' },
  partner: { zh: '公益合伙人', en: 'Partner' },
};
