import { Alert, Button, Descriptions, Drawer, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types';
import { OrgUnitKindTag } from '../../components/OrgUnitKindTag';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useOrgUnit } from '../../hooks/useOrgUnits';
import { CHILD_KIND } from './orgUnitTree';

// A unit's facts with its grids and compounds.
export const OrgUnitDetailDrawer = ({
  id,
  onClose,
  onCreateChild,
  onRename,
}: {
  id: string | null;
  onClose: () => void;
  onCreateChild?: (unit: OrgUnit) => void;
  onRename?: (unit: OrgUnit) => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { data: unit, isPending, isError, error } = useOrgUnit(id);

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      title={unit ? unit.name : t('orgUnits.detailTitle')}
      size={mobile ? '100%' : 560}
      destroyOnHidden
      extra={
        unit ? (
          <Space size={8}>
            {onCreateChild && CHILD_KIND[unit.kind] ? (
              <Button size="small" onClick={() => onCreateChild(unit)}>
                {t('orgUnits.createChild')}
              </Button>
            ) : null}
            {onRename ? (
              <Button size="small" onClick={() => onRename(unit)}>
                {t('orgUnits.rename')}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : isPending || !unit ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin />
        </div>
      ) : (
        <Space orientation="vertical" size={24} style={{ width: '100%' }}>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'name', label: t('orgUnits.name'), children: unit.name },
              { key: 'kind', label: t('orgUnits.kind'), children: <OrgUnitKindTag kind={unit.kind} /> },
              { key: 'code', label: t('orgUnits.code'), children: unit.code },
              { key: 'grids', label: t('orgUnits.gridCount'), children: unit.gridCount },
              { key: 'compounds', label: t('orgUnits.compoundCount'), children: unit.compoundCount },
            ]}
          />
          <div>
            <Typography.Title level={5}>
              {t('orgUnits.grids')} ({unit.grids.length})
            </Typography.Title>
            {unit.grids.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgUnits.noGrids')} />
            ) : (
              <Space size={[8, 8]} wrap>
                {unit.grids.map((grid) => (
                  <Tag key={grid.id}>{grid.name}</Tag>
                ))}
              </Space>
            )}
          </div>
          <div>
            <Typography.Title level={5}>
              {t('orgUnits.compounds')} ({unit.compounds.length})
            </Typography.Title>
            <Table
              rowKey="id"
              size="small"
              pagination={unit.compounds.length > 10 ? { pageSize: 10, size: 'small' } : false}
              dataSource={unit.compounds}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgUnits.noCompounds')} />
                ),
              }}
              columns={[
                { title: t('orgUnits.name'), dataIndex: 'name', key: 'name' },
                {
                  title: t('orgUnits.kind'),
                  dataIndex: 'kind',
                  key: 'kind',
                  width: 120,
                  render: (kind: 'compound' | 'apartmentBlock') => (
                    <Tag color={kind === 'compound' ? 'green' : 'orange'}>
                      {t(`orgUnits.compoundKinds.${kind}`)}
                    </Tag>
                  ),
                },
              ]}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
};
