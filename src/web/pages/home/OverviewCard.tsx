import { useQuery } from '@tanstack/react-query';
import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { listOrgUnits } from '../../api/orgUnits';
import { listUsers } from '../../api/users';

// Counts over the acting unit's scope: streets, communities, grids, compounds (and users for admins).
export const OverviewCard = ({ showUsers }: { showUsers: boolean }) => {
  const { t } = useTranslation();
  const units = useQuery({ queryKey: ['org-units', 'list', {}], queryFn: () => listOrgUnits() });
  const users = useQuery({
    queryKey: ['users', 'list', { page: 1, pageSize: 1 }],
    queryFn: () => listUsers({ page: 1, pageSize: 1 }),
    enabled: showUsers,
  });
  const items = units.data?.items ?? [];
  const streets = items.filter((u) => u.kind === 'street').length;
  // A community's staff have no street below them: "街道 0" would read as something missing.
  const stats = [
    ...(streets > 0 ? [{ key: 'streets', value: streets }] : []),
    { key: 'communities', value: items.filter((u) => u.kind === 'community').length },
    { key: 'grids', value: items.reduce((sum, u) => sum + u.gridCount, 0) },
    { key: 'compounds', value: items.reduce((sum, u) => sum + u.compoundCount, 0) },
    ...(showUsers ? [{ key: 'users', value: users.data?.total ?? 0 }] : []),
  ];
  return (
    <Card title={t('home.overview')} variant="borderless" loading={units.isPending}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: 16 }}>
        {stats.map((stat) => (
          <Statistic key={stat.key} title={t(`home.${stat.key}`)} value={stat.value} />
        ))}
      </div>
    </Card>
  );
};
