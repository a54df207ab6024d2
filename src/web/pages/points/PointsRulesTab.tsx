import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { formatDateTime } from '../../i18n/format';
import type { PointsRule } from './api';
import { PointsRuleFormModal } from './PointsRuleFormModal';
import { usePointsRules } from './usePoints';

// 积分规则: the version in force and every earlier one; a change is a new version, never an edit.
export const PointsRulesTab = () => {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('points.manage');
  const [creating, setCreating] = useState(false);
  const { data, isPending, isError, error } = usePointsRules();

  if (isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  if (isError)
    return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />;

  const current = data.current;
  const amounts = (
    rule: Pick<PointsRule, 'pointsPerHour' | 'backboneBonusPerHour' | 'commendationBonus'>,
  ) => [
    {
      key: 'perHour',
      label: t('points.rules.pointsPerHour'),
      children: t('points.rules.perHourValue', { n: rule.pointsPerHour }),
    },
    {
      key: 'backbone',
      label: t('points.rules.backboneBonusPerHour'),
      children: t('points.rules.perHourValue', { n: rule.backboneBonusPerHour }),
    },
    {
      key: 'commendation',
      label: t('points.rules.commendationBonus'),
      children: t('points.rules.pointsValue', { n: rule.commendationBonus }),
    },
  ];

  return (
    <>
      <Card
        variant="borderless"
        title={
          current
            ? t('points.rules.currentTitle', { version: current.version })
            : t('points.rules.defaultTitle')
        }
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('points.rules.newVersion')}
            </Button>
          ) : null
        }
        style={{ marginBottom: 16 }}
      >
        {current ? (
          <Descriptions
            column={{ xs: 1, md: 2, xl: 4 }}
            items={[
              ...amounts(current),
              {
                key: 'from',
                label: t('points.rules.effectiveFrom'),
                children: formatDateTime(current.effectiveFrom, i18n.language),
              },
            ]}
          />
        ) : (
          <Alert type="info" showIcon title={t('points.rules.defaultHint', data.defaults)} />
        )}
        <div style={{ marginTop: 12, color: '#6b7280', fontSize: 13 }}>{t('points.rules.how')}</div>
      </Card>
      <Card variant="borderless" title={t('points.rules.history')}>
        <Table<PointsRule>
          rowKey="id"
          size="middle"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data.history}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('points.rules.noHistory')} />
            ),
          }}
          columns={[
            {
              title: t('points.rules.version'),
              key: 'version',
              render: (_, r) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {t('points.rules.versionN', { version: r.version })}
                  {r.id === current?.id ? (
                    <Tag color="green" style={{ marginInlineStart: 8 }}>
                      {t('points.rules.inForce')}
                    </Tag>
                  ) : null}
                </span>
              ),
            },
            {
              title: t('points.rules.pointsPerHour'),
              key: 'perHour',
              align: 'right',
              render: (_, r) => r.pointsPerHour,
            },
            {
              title: t('points.rules.backboneBonusPerHour'),
              key: 'backbone',
              align: 'right',
              render: (_, r) => r.backboneBonusPerHour,
            },
            {
              title: t('points.rules.commendationBonus'),
              key: 'commendation',
              align: 'right',
              render: (_, r) => r.commendationBonus,
            },
            {
              title: t('points.rules.effectiveFrom'),
              key: 'from',
              render: (_, r) => formatDateTime(r.effectiveFrom, i18n.language),
            },
            {
              title: t('points.rules.createdAt'),
              key: 'createdAt',
              responsive: ['lg'],
              render: (_, r) => formatDateTime(r.createdAt, i18n.language),
            },
          ]}
        />
      </Card>
      {canManage ? (
        <PointsRuleFormModal
          key={current?.id ?? 'default'}
          open={creating}
          start={current ?? data.defaults}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </>
  );
};
