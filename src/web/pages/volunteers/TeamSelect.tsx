import { Select } from 'antd';
import type { CSSProperties } from 'react';
import type { TeamNode } from './api';
import { useTeamTree } from './useVolunteers';

/** The tree flattened in order, a branch indented under its community team. */
export const flattenTeams = (nodes: TeamNode[], depth = 0): { team: TeamNode; depth: number }[] =>
  nodes.flatMap((team) => [{ team, depth }, ...flattenTeams(team.children, depth + 1)]);

// One team of the unit's tree; a community has a branch per compound, so the list is searched by name.
export const TeamSelect = ({
  value,
  onChange,
  placeholder,
  style,
}: {
  value?: string;
  onChange: (value: string | undefined) => void;
  placeholder: string;
  style?: CSSProperties;
}) => {
  const { data, isPending } = useTeamTree();
  return (
    <Select<string>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={placeholder}
      placeholder={placeholder}
      loading={isPending}
      value={value}
      onChange={onChange}
      options={flattenTeams(data?.items ?? []).map(({ team, depth }) => ({
        value: team.id,
        label: `${'\u3000'.repeat(depth)}${team.name}`,
      }))}
      style={style}
    />
  );
};
