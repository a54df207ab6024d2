import { z } from 'zod';
import { pathWithin } from '../org-units/paths';

export const maxBrandLength = 30;

export const brandInput = z.object({
  name: z.string().trim().min(1, '请输入品牌名称').max(maxBrandLength, `品牌名称不能超过${maxBrandLength}字`),
  /** The unit that keeps it; the caller's unit when omitted. */
  orgUnitId: z.uuid('编号无效').optional(),
});
export type BrandInput = z.infer<typeof brandInput>;

export const brandListQuery = z.object({
  /** Only the brands this unit's activities may carry: its own and those of the units above it. */
  usableBy: z.uuid('编号无效').optional(),
});

export const brandView = z.object({
  id: z.string(),
  name: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  orgPath: z.string(),
  /** Activities in the caller's scope that carry it. */
  activities: z.number().int(),
  /** Kept by the caller's unit or one below it, so the caller may remove it. */
  owned: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type BrandView = z.infer<typeof brandView>;

/** A brand kept at `brandPath` may be carried by activities of the unit at `unitPath` and below. */
export const brandUsableBy = (unitPath: string, brandPath: string): boolean =>
  pathWithin(unitPath, brandPath);
