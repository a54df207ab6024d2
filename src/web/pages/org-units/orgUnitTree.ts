import type { OrgUnit } from '../../api/types';

// Totals add up the unit and everything below it, so a street row shows its communities' grids.
export type OrgUnitNode = OrgUnit & { children?: OrgUnitNode[]; totalGrids: number; totalCompounds: number };

// Nests the flat, path-ordered list by parentId; a unit whose parent is out of scope becomes a root.
export const buildOrgUnitTree = (items: OrgUnit[]): OrgUnitNode[] => {
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

// Keeps the units whose name contains the query, and their ancestors so each match stays in place.
export const filterOrgUnitTree = (nodes: OrgUnitNode[], query: string): OrgUnitNode[] => {
  const q = query.trim().toLowerCase();
  if (!q) return nodes;
  const out: OrgUnitNode[] = [];
  for (const node of nodes) {
    const children = node.children ? filterOrgUnitTree(node.children, q) : [];
    if (node.name.toLowerCase().includes(q) || node.code.toLowerCase().includes(q) || children.length > 0) {
      out.push({ ...node, children: children.length > 0 ? children : undefined });
    }
  }
  return out;
};

export const collectIds = (nodes: OrgUnitNode[]): string[] =>
  nodes.flatMap((node) => [node.id, ...(node.children ? collectIds(node.children) : [])]);

export const CHILD_KIND = { district: 'street', street: 'community', community: null } as const;
