import {
  ArrowLeftOutlined,
  DownOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Col, Dropdown, Result, Row, Space, Spin, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import type { ResidentReveal, ResidentStatus } from '../../api/residents';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { ResidentChangesCard } from '../registry-changes/ResidentChangesCard';
import { ResidentVisitsCard } from '../visits/ResidentVisitsCard';
import { ResidentBasicInfoCard } from './ResidentBasicInfoCard';
import { ResidentConsentsCard } from './ResidentConsentsCard';
import { ResidentFormDrawer } from './ResidentFormDrawer';
import { ResidentHouseholdCard } from './ResidentHouseholdCard';
import { ResidentSensitiveCard } from './ResidentSensitiveCard';
import { ResidentServicesCard } from './ResidentServicesCard';
import { ResidentStatusModal } from './ResidentStatusModal';
import { ResidentStatusTag } from './ResidentStatusTag';
import { RevealReasonModal } from './RevealReasonModal';
import { revealedFromInput } from './residentFormValues';
import { useResident, useRevealResident, useSetResidentStatus } from './useResidents';

// The server audits every read of an under-14's record; the page says so.
const AUDITED_CHILD_AGE = 14;

export const ResidentDetailPage = () => {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.residentsManage);
  const canReveal = can(PERMISSIONS.residentsReveal);
  const { data: resident, isPending, isError, error } = useResident(id);
  const reveal = useRevealResident();
  const setStatus = useSetResidentStatus();
  const [revealed, setRevealed] = useState<{ id: string; values: ResidentReveal } | null>(null);
  const [asking, setAsking] = useState<'view' | 'edit' | null>(null);
  const [editing, setEditing] = useState(false);
  const [statusTo, setStatusTo] = useState<ResidentStatus | null>(null);
  // Whole values belong to the record they were revealed for (links lead to household members).
  const whole = revealed && revealed.id === id ? revealed.values : null;

  const back = () => (location.key === 'default' ? navigate('/residents') : navigate(-1));

  if (isError) {
    const missing = isApiError(error) && error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('residents.detail.notFoundTitle') : t('common.loadFailed')}
        subTitle={missing ? t('residents.detail.notFound') : errorText(error)}
        extra={
          <Button type="primary" onClick={() => navigate('/residents')}>
            {t('residents.backToList')}
          </Button>
        }
      />
    );
  }
  if (isPending || !resident) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }

  const askReason = (purpose: 'view' | 'edit') => {
    if (purpose === 'edit' && whole) {
      setEditing(true);
      return;
    }
    setAsking(purpose);
  };

  const onReason = (reason: string) => {
    reveal.mutate(
      { id: resident.id, reason },
      {
        onSuccess: (values) => {
          setRevealed({ id: resident.id, values });
          if (asking === 'edit') setEditing(true);
          setAsking(null);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  };

  const onStatus = (statusDate: string) => {
    if (!statusTo) return;
    setStatus.mutate(
      { id: resident.id, status: statusTo, statusDate },
      {
        onSuccess: () => {
          void message.success(t(`residents.statusChange.${statusTo}.done`));
          setStatusTo(null);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  };

  const statusItems =
    resident.status === 'active'
      ? [
          {
            key: 'movedAway',
            label: t('residents.statusChange.movedAway.menu'),
            onClick: () => setStatusTo('movedAway'),
          },
          {
            key: 'died',
            danger: true,
            label: t('residents.statusChange.died.menu'),
            onClick: () => setStatusTo('died'),
          },
        ]
      : [
          {
            key: 'active',
            label: t('residents.statusChange.active.menu'),
            onClick: () => setStatusTo('active'),
          },
        ];

  const place = [resident.compoundName, resident.gridName].filter(Boolean).join(' · ');

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={back}
        style={{ paddingInline: 0, marginBottom: 4 }}
      >
        {t('residents.backToList')}
      </Button>
      <PageHeader
        title={
          <Space size={8} wrap>
            <span data-testid="resident-name">{resident.name}</span>
            <ResidentStatusTag status={resident.status} />
            {resident.isMinor ? <Tag color="cyan">{t('residents.minor')}</Tag> : null}
          </Space>
        }
        description={place || undefined}
        extra={
          <>
            {canReveal ? (
              whole ? (
                <Button icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>
                  {t('residents.reveal.hide')}
                </Button>
              ) : (
                <Button icon={<EyeOutlined />} onClick={() => askReason('view')}>
                  {t('residents.reveal.button')}
                </Button>
              )
            ) : null}
            {canManage ? (
              <Tooltip title={canReveal ? undefined : t('residents.detail.editNeedsReveal')}>
                <Button icon={<EditOutlined />} disabled={!canReveal} onClick={() => askReason('edit')}>
                  {t('common.edit')}
                </Button>
              </Tooltip>
            ) : null}
            {canManage ? (
              <Dropdown trigger={['click']} menu={{ items: statusItems }}>
                <Button>
                  {t('residents.statusChange.button')} <DownOutlined />
                </Button>
              </Dropdown>
            ) : null}
          </>
        }
      />
      {resident.age < AUDITED_CHILD_AGE ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('residents.detail.childAudited')} />
      ) : null}
      {whole ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('residents.reveal.shown')} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ResidentBasicInfoCard resident={resident} revealed={whole} />
            <ResidentSensitiveCard
              resident={resident}
              revealed={whole}
              onReveal={canReveal ? () => askReason('view') : undefined}
            />
            <ResidentConsentsCard resident={resident} canManage={canManage} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ResidentHouseholdCard resident={resident} />
            <ResidentServicesCard residentId={resident.id} />
            <ResidentVisitsCard residentId={resident.id} name={resident.name} />
            {can('registry-changes.read') ? <ResidentChangesCard resident={resident} /> : null}
          </Space>
        </Col>
      </Row>
      <RevealReasonModal
        open={asking !== null}
        defaultReason={asking === 'edit' ? t('residents.reveal.editReason') : undefined}
        loading={reveal.isPending}
        onCancel={() => setAsking(null)}
        onSubmit={onReason}
      />
      <ResidentStatusModal
        status={statusTo}
        name={resident.name}
        loading={setStatus.isPending}
        onCancel={() => setStatusTo(null)}
        onSubmit={onStatus}
      />
      {canManage && whole ? (
        <ResidentFormDrawer
          open={editing}
          onClose={() => setEditing(false)}
          resident={resident}
          revealed={whole}
          onSaved={(input) => setRevealed({ id: resident.id, values: revealedFromInput(input) })}
        />
      ) : null}
    </>
  );
};
