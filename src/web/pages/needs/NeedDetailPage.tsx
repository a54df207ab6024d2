import { Alert, Button, Card, Col, Descriptions, List, Result, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { usePermissions } from '../../hooks/usePermissions';
import { NeedActions } from './NeedActions';
import { NeedPriorityTag, NeedStatusTag } from './NeedStatusTag';
import { NeedThread } from './NeedThread';
import { useNeed } from './useNeeds';

const when = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

// A need's page: what it is and where, its sources, the actions its status allows, and its thread.
export const NeedDetailPage = () => {
  const { id } = useParams();
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const { data: need, isPending, error } = useNeed(id);

  if (isPending) return <Skeleton active />;
  if (!need)
    return isApiError(error) && error.status === 404 ? (
      <Result
        status="404"
        title={t('needs.detail.notFound')}
        extra={
          <Link to="/needs">
            <Button>{t('needs.detail.back')}</Button>
          </Link>
        }
      />
    ) : (
      <Alert type="error" showIcon title={errorText(error)} />
    );

  const place = [need.compoundName, need.gridName].filter(Boolean).join(' · ') || '—';
  return (
    <>
      <PageHeader
        title={need.title}
        description={
          <Space size={6} wrap>
            <NeedStatusTag status={need.status} />
            <NeedPriorityTag priority={need.priority} />
            <span>
              {t(`needs.categories.${need.category}`)} · {t(`needs.targetGroups.${need.targetGroup}`)}
            </span>
          </Space>
        }
        extra={can('needs.manage') ? <NeedActions need={need} /> : null}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('needs.detail.info')} variant="borderless">
            <Descriptions column={mobile ? 1 : 2} size="small">
              <Descriptions.Item label={t('needs.detail.unit')}>{need.orgUnitName}</Descriptions.Item>
              <Descriptions.Item label={t('needs.detail.place')}>{place}</Descriptions.Item>
              <Descriptions.Item label={t('needs.detail.raisedAt')}>{when(need.raisedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('needs.detail.createdBy')}>{need.createdBy}</Descriptions.Item>
              <Descriptions.Item label={t('needs.detail.acceptedAt')}>
                {when(need.acceptedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('needs.detail.resolvedAt')}>
                {when(need.resolvedAt)}
                {need.daysToResolve !== null ? `（${t('needs.days', { days: need.daysToResolve })}）` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('needs.detail.description')} span={mobile ? 1 : 2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>
                  {need.description || t('needs.detail.noDescription')}
                </span>
              </Descriptions.Item>
              {need.resolution ? (
                <Descriptions.Item label={t('needs.detail.resolution')} span={mobile ? 1 : 2}>
                  <span style={{ whiteSpace: 'pre-wrap' }} data-testid="need-resolution">
                    {need.resolution}
                  </span>
                </Descriptions.Item>
              ) : null}
              {need.declineReason && need.status === 'declined' ? (
                <Descriptions.Item label={t('needs.detail.declineReason')} span={mobile ? 1 : 2}>
                  {need.declineReason}
                </Descriptions.Item>
              ) : null}
              {need.mergedInto ? (
                <Descriptions.Item label={t('needs.detail.mergedInto')} span={mobile ? 1 : 2}>
                  <Link to={`/needs/${need.mergedInto.id}`}>{need.mergedInto.title}</Link>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card title={t('needs.detail.sources')} variant="borderless" style={{ marginTop: 16 }}>
            <List
              dataSource={need.sources}
              locale={{ emptyText: t('needs.detail.noSources') }}
              renderItem={(s) => (
                <List.Item>
                  <div>
                    <Typography.Text strong>{t(`needs.sourceKinds.${s.kind}`)}</Typography.Text>
                    {s.residentName ? (
                      <>
                        {' · '}
                        <Link to={`/residents/${s.residentId}`}>
                          {t('needs.detail.sourceResident', { name: s.residentName })}
                        </Link>
                      </>
                    ) : null}
                    {s.note ? <div>{s.note}</div> : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                      {when(s.raisedAt)}
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('needs.detail.thread')} variant="borderless">
            <NeedThread need={need} />
          </Card>
        </Col>
      </Row>
    </>
  );
};
