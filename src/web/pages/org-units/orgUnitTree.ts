import type { OrgUnitNode } from '../../hooks/useOrgUnits';

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
