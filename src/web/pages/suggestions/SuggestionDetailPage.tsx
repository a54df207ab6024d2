import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Image,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import type { SuggestionDetail } from './api';
import { ResponseTime } from './ResponseTime';
import { SuggestionActions } from './SuggestionActions';
import { SuggestionStatusTag } from './SuggestionStatusTag';
import { useSuggestion } from './useSuggestions';

const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

const ContentCard = ({ s }: { s: SuggestionDetail }) => {
  const { t } = useTranslation();
  return (
    <Card title={t('suggestions.detail.content')} variant="borderless" style={{ marginBottom: 16 }}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>{s.body}</Typography.Paragraph>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('suggestions.detail.author')}>
          <Space size={4}>
            <span data-testid="suggestion-author">{s.authorName}</span>
            {s.anonymous ? <Tag>{t('suggestions.anonymous')}</Tag> : null}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.submittedAt')}>
          {time(s.submittedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.community')}>{s.orgUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.compound')}>
          {s.compoundName ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      {s.anonymous ? (
        <Alert
          type="info"
          showIcon
          message={t('suggestions.detail.anonymousHint')}
          style={{ marginTop: 8 }}
        />
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('suggestions.detail.photos')}
      </Typography.Title>
      {s.photos.length === 0 ? (
        <Typography.Text type="secondary">{t('suggestions.detail.noPhotos')}</Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <Space wrap>
            {s.photos.map((p) => (
              <Image
                key={p.id}
                src={p.thumbUrl}
                preview={{ src: p.largeUrl }}
                width={120}
                height={90}
                style={{ objectFit: 'cover', borderRadius: 6 }}
                alt={s.title}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </Card>
  );
};

const HandlingCard = ({ s }: { s: SuggestionDetail }) => {
  const { t } = useTranslation();
  return (
    <Card title={t('suggestions.detail.handling')} variant="borderless" style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('suggestions.columns.status')}>
          <SuggestionStatusTag status={s.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.routedTo')}>
          {s.routedTo ? `${t(`suggestions.routeTargets.${s.routedTo}`)} · ${s.routedToName ?? ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.routedAt')}>{time(s.routedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.reply')}>
          {s.reply ? (
            <div>
              <div style={{ whiteSpace: 'pre-wrap' }} data-testid="suggestion-reply">
                {s.reply}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.published ? t('suggestions.detail.publishedYes') : t('suggestions.detail.publishedNo')}
              </Typography.Text>
            </div>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.repliedBy')}>{s.repliedBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.repliedAt')}>{time(s.repliedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.responseTime')}>
          <ResponseTime hours={s.responseHours} overdue={s.overdue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.closedAt')}>{time(s.closedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('suggestions.detail.need')}>
          {s.need ? (
            <Space direction="vertical" size={2}>
              <Space size={4} wrap>
                <Link to={`/needs/${s.need.id}`} data-testid="suggestion-need">
                  {s.need.title}
                </Link>
                <Tag>{t(`suggestions.needStatuses.${s.need.status}`)}</Tag>
              </Space>
              {s.need.resolution ? (
                <Typography.Text type="secondary">
                  {t('suggestions.detail.needResult')}：{s.need.resolution}
                </Typography.Text>
              ) : null}
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
};

// One suggestion for staff: what the resident wrote (with photos, the author always named), how it is
// handled, and the next steps.
export const SuggestionDetailPage = () => {
  const { t } = useTranslation();
  const { id } = useParams();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const detail = useSuggestion(id);
  const back = (
    <Link to="/suggestions">
      <Button icon={<ArrowLeftOutlined />}>{t('suggestions.detail.back')}</Button>
    </Link>
  );
  if (detail.isPending) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (detail.isError)
    return isApiError(detail.error) && detail.error.status === 404 ? (
      <Result status="404" title={t('suggestions.detail.notFound')} extra={back} />
    ) : (
      <Result status="error" title={errorText(detail.error)} extra={back} />
    );
  const s = detail.data;
  return (
    <>
      <PageHeader
        title={s.title}
        extra={can('suggestions.manage') ? <SuggestionActions suggestion={s} /> : null}
      />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <ContentCard s={s} />
        </Col>
        <Col xs={24} lg={10}>
          <HandlingCard s={s} />
        </Col>
      </Row>
    </>
  );
};
