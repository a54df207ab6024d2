import { ArrowLeftOutlined, DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  List,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { downloadCertificate, revealVolunteer, type VolunteerDetail, type VolunteerReveal } from './api';
import { ReasonModal } from './ReasonModal';
import { StarLevel } from './StarLevel';
import {
  useScreenVolunteer,
  useVolunteer,
  useVolunteerCommendations,
  useVolunteerStatus,
  useVolunteerTrainings,
} from './useVolunteers';
import { VolunteerFormDrawer } from './VolunteerFormDrawer';
import { VolunteerRecordsCard } from './VolunteerRecordsCard';
import { hoursOf, VolunteerRoleTag, VolunteerStatusTag } from './VolunteerTags';

type Dialog = 'reject' | 'leave' | 'reveal' | null;

// One volunteer: profile, teams, trainings, service records, commendations, and what staff may do.
export const VolunteerDetailPage = () => {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { data: volunteer, isPending, isError, error } = useVolunteer(id);

  if (isPending) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }
  if (isError || !volunteer) {
    if (isApiError(error) && error.status === 404) {
      return (
        <Result
          status="404"
          title={t('volunteers.detail.notFound')}
          extra={<Button onClick={() => navigate('/volunteers')}>{t('volunteers.detail.back')}</Button>}
        />
      );
    }
    return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />;
  }
  return <VolunteerView volunteer={volunteer} />;
};

const VolunteerView = ({ volunteer: v }: { volunteer: VolunteerDetail }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('volunteers.manage');
  const canReveal = can('volunteers.reveal');
  const screen = useScreenVolunteer();
  const status = useVolunteerStatus();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [editing, setEditing] = useState(false);
  const [revealed, setRevealed] = useState<VolunteerReveal | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [downloading, setDownloading] = useState(false);

  const approve = () =>
    screen.mutate(
      { id: v.id },
      {
        onSuccess: () => void message.success(t('volunteers.detail.approved')),
        onError: (err) => void message.error(errorText(err)),
      },
    );
  const reject = (reason: string) =>
    screen.mutate(
      { id: v.id, reject: reason },
      {
        onSuccess: () => {
          void message.success(t('volunteers.detail.rejected'));
          setDialog(null);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  const changeStatus = (next: 'active' | 'left', reason: string) =>
    status.mutate(
      { id: v.id, status: next, reason },
      {
        onSuccess: () => {
          void message.success(t(next === 'left' ? 'volunteers.detail.left' : 'volunteers.detail.restored'));
          setDialog(null);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  const reveal = (reason: string) => {
    setRevealing(true);
    revealVolunteer(v.id, reason)
      .then((whole) => {
        setRevealed(whole);
        setDialog(null);
      })
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setRevealing(false));
  };
  const certificate = () => {
    setDownloading(true);
    downloadCertificate(v.id, v.name)
      .then(() => void message.success(t('volunteers.detail.downloaded')))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setDownloading(false));
  };

  const actions = (
    <>
      {canManage && v.status === 'applied' ? (
        <>
          <Button type="primary" loading={screen.isPending} onClick={approve} data-testid="volunteer-approve">
            {t('volunteers.detail.approve')}
          </Button>
          <Button danger onClick={() => setDialog('reject')}>
            {t('volunteers.detail.reject')}
          </Button>
        </>
      ) : null}
      {canManage ? <Button onClick={() => setEditing(true)}>{t('volunteers.detail.edit')}</Button> : null}
      {canManage && v.status === 'active' ? (
        <Button danger onClick={() => setDialog('leave')}>
          {t('volunteers.detail.leave')}
        </Button>
      ) : null}
      {canManage && v.status === 'left' ? (
        <Button onClick={() => changeStatus('active', t('volunteers.detail.restore'))}>
          {t('volunteers.detail.restore')}
        </Button>
      ) : null}
      {v.status !== 'applied' ? (
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={certificate}
          title={t('volunteers.detail.certificateHint')}
        >
          {t('volunteers.detail.certificate')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={
          <Space size={8} wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('volunteers.detail.back')}
              onClick={() => navigate('/volunteers')}
            />
            <span data-testid="volunteer-name">{v.name}</span>
            <VolunteerStatusTag status={v.status} />
            <VolunteerRoleTag role={v.role} />
            <StarLevel minutes={v.approvedMinutes} />
          </Space>
        }
        extra={actions}
      />
      {v.status === 'rejected' && v.rejectReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('volunteers.detail.rejectReason')}：${v.rejectReason}`}
        />
      ) : null}
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
        }}
      >
        <Card title={t('volunteers.detail.profile')} size="small" style={{ minWidth: 0 }}>
          <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
            <Descriptions.Item label={t('volunteers.columns.volunteerNo')}>{v.volunteerNo}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.columns.idNumber')}>
              <Space wrap>
                <span>
                  {t(`volunteers.idTypes.${v.idType}`)} {revealed ? revealed.idNumber : v.idNumberMasked}
                </span>
                {canReveal && !revealed ? (
                  <Button size="small" icon={<EyeOutlined />} onClick={() => setDialog('reveal')}>
                    {t('volunteers.detail.reveal')}
                  </Button>
                ) : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.columns.mobile')}>
              {(revealed ? revealed.mobile : v.mobileMasked) ?? '—'}
            </Descriptions.Item>
            {revealed?.guardianConsent ? (
              <Descriptions.Item label={t('volunteers.detail.guardian')}>
                {`${revealed.guardianConsent.guardianName}（${revealed.guardianConsent.relation}）${revealed.guardianConsent.guardianMobile}`}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('volunteers.detail.birthDate')}>
              {v.birthDate}（{v.age}）
              {v.minor ? (
                <Tag color="orange" style={{ marginInlineStart: 8 }}>
                  {t('volunteers.minor')}
                </Tag>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.columns.affiliation')}>
              <Space wrap size={4}>
                {t(`volunteers.affiliations.${v.affiliation}`)}
                {v.affiliationName ? `· ${v.affiliationName}` : null}
                {v.dualRegistered ? <Tag color="red">{t('volunteers.dualRegistered')}</Tag> : null}
                {v.priority ? <Tag color="gold">{t('volunteers.priority')}</Tag> : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.detail.skills')}>
              {v.skills.length ? v.skills.map((s) => <Tag key={s}>{s}</Tag>) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.detail.availability')}>
              {v.availability || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.columns.hours')}>
              {t('volunteers.hours', { hours: hoursOf(v.approvedMinutes) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.detail.source')}>
              {t(`volunteers.source.${v.source}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.detail.account')}>
              {v.hasAccount ? t('volunteers.detail.hasAccount') : t('volunteers.detail.noAccount')}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.detail.createdAt')}>
              {v.createdAt.slice(0, 10)}
            </Descriptions.Item>
            {v.screenedAt ? (
              <Descriptions.Item label={t('volunteers.detail.screenedAt')}>
                {v.screenedAt.slice(0, 10)}
              </Descriptions.Item>
            ) : null}
            {v.guardianConsentAt ? (
              <Descriptions.Item label={t('volunteers.detail.guardianConsentAt')}>
                {v.guardianConsentAt.slice(0, 10)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <div style={{ display: 'grid', gap: 16, alignContent: 'start', minWidth: 0 }}>
          <Card title={t('volunteers.detail.teams')} size="small" style={{ minWidth: 0 }}>
            {v.teams.length ? (
              <Space wrap>
                {v.teams.map((team) => (
                  <Tag key={team.id} color={team.isLeader ? 'blue' : 'default'}>
                    {team.name}
                    {team.isLeader ? ` · ${t('volunteers.detail.leader')}` : ''}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('volunteers.detail.noTeams')}</Typography.Text>
            )}
          </Card>
          <TrainingsCard id={v.id} />
          <CommendationsCard id={v.id} />
        </div>
      </div>
      <VolunteerRecordsCard volunteerId={v.id} />
      <ReasonModal
        open={dialog === 'reject'}
        title={t('volunteers.detail.rejectTitle')}
        okText={t('volunteers.detail.reject')}
        danger
        pending={screen.isPending}
        onSubmit={reject}
        onClose={() => setDialog(null)}
      />
      <ReasonModal
        open={dialog === 'leave'}
        title={t('volunteers.detail.leaveTitle', { name: v.name })}
        hint={t('volunteers.detail.leaveHint')}
        okText={t('volunteers.detail.leave')}
        danger
        pending={status.isPending}
        onSubmit={(reason) => changeStatus('left', reason)}
        onClose={() => setDialog(null)}
      />
      <ReasonModal
        open={dialog === 'reveal'}
        title={t('volunteers.detail.revealTitle')}
        hint={t('volunteers.detail.revealHint')}
        okText={t('volunteers.detail.revealOk')}
        pending={revealing}
        onSubmit={reveal}
        onClose={() => setDialog(null)}
      />
      {canManage ? (
        <VolunteerFormDrawer open={editing} onClose={() => setEditing(false)} volunteer={v} />
      ) : null}
    </>
  );
};

const TrainingsCard = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const { data, isPending } = useVolunteerTrainings(id);
  return (
    <Card title={t('volunteers.detail.trainings')} size="small" style={{ minWidth: 0 }}>
      <Table
        size="small"
        rowKey="id"
        loading={isPending}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('volunteers.detail.noTrainings')} />
          ),
        }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('volunteers.trainings.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('volunteers.trainings.topic'), dataIndex: 'topic' },
          {
            title: t('volunteers.trainings.trainerName'),
            key: 'trainer',
            render: (_, tr) => `${t(`volunteers.trainings.kinds.${tr.trainerKind}`)} · ${tr.trainerName}`,
          },
        ]}
      />
    </Card>
  );
};

const CommendationsCard = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const { data, isPending } = useVolunteerCommendations(id);
  return (
    <Card title={t('volunteers.detail.commendations')} size="small" style={{ minWidth: 0 }}>
      <List
        size="small"
        loading={isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('volunteers.detail.noCommendations') }}
        renderItem={(c) => (
          <List.Item>
            <Space wrap>
              <Tag color="gold">{c.period}</Tag>
              <Typography.Text strong>{c.title}</Typography.Text>
              <Typography.Text type="secondary">{c.reason}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
};
