import { Card, Col, Row, Segmented, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../hooks/useIsMobile';
import { NEED_CATEGORIES, NEED_STATUSES, type NeedCategory, type NeedList, type NeedStatus } from './api';

const openStatuses: NeedStatus[] = ['new', 'accepted', 'onAgenda', 'inProgress'];

// The list's summary for its filter: how many, how many still open and resolved, the median days to
// resolve; then the status tabs and the category chips, each with its count.
export const NeedsSummary = ({
  list,
  status,
  category,
  onStatus,
  onCategory,
}: {
  list: NeedList | undefined;
  status?: NeedStatus;
  category?: NeedCategory;
  onStatus: (status: NeedStatus | undefined) => void;
  onCategory: (category: NeedCategory | undefined) => void;
}) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const byStatus = list?.byStatus;
  const allOfStatuses = byStatus ? NEED_STATUSES.reduce((sum, s) => sum + byStatus[s], 0) : 0;
  const stats = [
    { key: 'total', value: list?.total ?? 0 },
    { key: 'open', value: byStatus ? openStatuses.reduce((sum, s) => sum + byStatus[s], 0) : 0 },
    { key: 'resolved', value: byStatus?.resolved ?? 0 },
    {
      key: 'median',
      value:
        list?.medianDaysToResolve == null
          ? t('needs.summary.none')
          : t('needs.summary.medianValue', { days: list.medianDaysToResolve }),
    },
  ];
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} md={6}>
            <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : '16px 20px' } }}>
              <div data-testid={`needs-summary-${s.key}`}>
                <Statistic
                  title={t(`needs.summary.${s.key}`)}
                  value={s.value}
                  styles={{ content: { fontSize: mobile ? 20 : 24, fontWeight: 600 } }}
                />
              </div>
            </Card>
          </Col>
        ))}
      </Row>
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<NeedStatus | 'all'>
          value={status ?? 'all'}
          onChange={(value) => onStatus(value === 'all' ? undefined : value)}
          options={[
            { value: 'all', label: `${t('needs.filters.allStatuses')} ${allOfStatuses}` },
            ...NEED_STATUSES.map((s) => ({
              value: s,
              label: (
                <span
                  data-testid={`needs-status-${s}`}
                >{`${t(`needs.statuses.${s}`)} ${byStatus?.[s] ?? 0}`}</span>
              ),
            })),
          ]}
        />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 16 }}>
        {NEED_CATEGORIES.filter((c) => (list?.byCategory[c] ?? 0) > 0 || c === category).map((c) => (
          <Tag.CheckableTag
            key={c}
            checked={category === c}
            onChange={(checked) => onCategory(checked ? c : undefined)}
            style={{ padding: '2px 10px', border: '1px solid #d9d9d9' }}
          >
            {t(`needs.categories.${c}`)} {list?.byCategory[c] ?? 0}
          </Tag.CheckableTag>
        ))}
      </div>
    </>
  );
};
