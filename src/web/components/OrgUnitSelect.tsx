import { TreeSelect } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrgUnitNode, useOrgUnits, useOrgUnitTree } from '../hooks/useOrgUnits';

type TreeOption = { value: string; title: string; children?: TreeOption[] };

const toOptions = (nodes: OrgUnitNode[], label: (node: OrgUnitNode) => string): TreeOption[] =>
  nodes.map((node) => ({
    value: node.id,
    title: label(node),
    children: node.children ? toOptions(node.children, label) : undefined,
  }));

// Picks one unit from the caller's scope, shown as the district → street → community tree.
export const OrgUnitSelect = ({
  value,
  onChange,
  placeholder,
  allowClear = false,
  style,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}) => {
  const { t } = useTranslation();
  const { isPending } = useOrgUnits();
  const tree = useOrgUnitTree();
  const treeData = useMemo(
    () =>
      toOptions(tree, (node) => t('common.withKind', { name: node.name, kind: t(`unitKinds.${node.kind}`) })),
    [tree, t],
  );
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      treeData={treeData}
      loading={isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={style}
    />
  );
};
