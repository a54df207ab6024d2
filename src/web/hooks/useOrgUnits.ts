import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getOrgUnit, listOrgUnits } from '../api/orgUnits';
import type { OrgUnit } from '../api/types';

// The units in the caller's scope, read by the org-units page, the unit picker and other pages.

// Totals add up the unit and everything below it, so a street row shows its communities' grids.
export type OrgUnitNode = OrgUnit & { children?: OrgUnitNode[]; totalGrids: number; totalCompounds: number };

export const useOrgUnits = () =>
  useQuery({ queryKey: ['org-units', 'list', {}], queryFn: () => listOrgUnits() });

export const useOrgUnit = (id: string | null) =>
  useQuery({
    queryKey: ['org-units', 'detail', id],
    queryFn: () => getOrgUnit(id!),
    enabled: id !== null,
  });

// The kind of a unit in the caller's scope, from the cached list.
export const useOrgUnitKind = (id: string | undefined) => {
  const { data } = useOrgUnits();
  return id ? data?.items.find((unit) => unit.id === id)?.kind : undefined;
};

// Nests the flat, path-ordered list by parentId; a unit whose parent is out of scope becomes a root.
const buildOrgUnitTree = (items: OrgUnit[]): OrgUnitNode[] => {
  const nodes = new Map<string, OrgUnitNode>(
    items.map((item) => [
      item.id,
      { ...item, totalGrids: item.gridCount, totalCompounds: item.compoundCount },
    ]),
  );
  const roots: OrgUnitNode[] = [];
  for (const item of items) {
    const node = nodes.get(item.id)!;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (parent) {
      parent.children = parent.children ?? [];
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  const total = (node: OrgUnitNode): void => {
    for (const child of node.children ?? []) {
      total(child);
      node.totalGrids += child.totalGrids;
      node.totalCompounds += child.totalCompounds;
    }
  };
  roots.forEach(total);
  return roots;
};

/** The units in scope as the district → street → community tree. */
export const useOrgUnitTree = (): OrgUnitNode[] => {
  const { data } = useOrgUnits();
  return useMemo(() => buildOrgUnitTree(data?.items ?? []), [data]);
};
