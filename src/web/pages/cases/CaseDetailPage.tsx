import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Space, Spin, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { CASE_STAGES, type CaseDetail, type CaseStage } from '../../api/cases';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { CaseInfoCard } from './CaseInfoCard';
import { CaseRecordsCard } from './CaseRecordsCard';
import { CaseStageActions } from './CaseStageActions';
import { CaseStageTag } from './CaseStageTag';
import { useCase } from './useCases';

// 接案 → 预估 → 计划 → 介入 → 评估 → 结案, with the opening and closing days under their steps. A case
// closed early leaves the stages it has no record of grey rather than ticked.
const StageSteps = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const current = CASE_STAGES.indexOf(detail.stage);
  const recorded = new Set<CaseStage>(['intake', 'closed', ...detail.records.map((r) => r.stage)]);
  // A phone has room for the month and day only.
  const day = (date: string | null) => (date && mobile ? date.slice(5) : (date ?? undefined));
  return (
    <Card variant="borderless" style={{ marginBottom: 16 }} styles={{ body: { padding: mobile ? 12 : 24 } }}>
      <Steps
        size="small"
        current={current}
        status={detail.stage === 'closed' ? 'finish' : 'process'}
        responsive={false}
        titlePlacement={mobile ? 'vertical' : 'horizontal'}
        data-testid="case-steps"
        items={CASE_STAGES.map((stage) => ({
          title: t(`cases.stages.${stage}`),
          content:
            stage === 'intake' ? day(detail.openedOn) : stage === 'closed' ? day(detail.closedOn) : undefined,
          ...(detail.stage === 'closed' && !recorded.has(stage) ? { status: 'wait' as const } : {}),
        }))}
      />
    </Card>
  );
};

// One case, whole: only its worker, its supervisor and the community's staff get here; others see 无权查看.
export const CaseDetailPage = () => {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const { data: detail, isPending, isError, error } = useCase(id);
  const back = () => (location.key === 'default' ? navigate('/cases') : navigate(-1));
  const backButton = (
    <Button type="primary" onClick={() => navigate('/cases')}>
      {t('cases.detail.back')}
    </Button>
  );

  if (isError) {
    const status = isApiError(error) ? error.status : 0;
    if (status === 403)
      return (
        <Result
          status="403"
          title={t('cases.detail.forbiddenTitle')}
          subTitle={t('cases.detail.forbidden')}
          extra={backButton}
        />
      );
    return (
      <Result
        status={status === 404 ? '404' : 'error'}
        title={status === 404 ? t('cases.detail.notFoundTitle') : t('common.loadFailed')}
        subTitle={status === 404 ? t('cases.detail.notFound') : errorText(error)}
        extra={backButton}
      />
    );
  }
  if (isPending || !detail) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={back}
        style={{ paddingInline: 0, marginBottom: 4 }}
      >
        {t('cases.detail.back')}
      </Button>
      <PageHeader
        title={
          <Space size={8} wrap>
            <Link to={`/residents/${detail.residentId}`} data-testid="case-client">
              {detail.clientName}
            </Link>
            <CaseStageTag stage={detail.stage} />
          </Space>
        }
        description={t('cases.detail.subtitle', {
          unit: detail.orgUnitName,
          worker: detail.workerName,
          supervisor: detail.supervisorName ?? t('cases.detail.noSupervisor'),
        })}
        extra={
          can(PERMISSIONS.casesManage) && detail.stage !== 'closed' ? (
            <CaseStageActions detail={detail} />
          ) : null
        }
      />
      <Alert
        type="info"
        showIcon
        icon={<EyeOutlined />}
        style={{ marginBottom: 16 }}
        title={t('cases.detail.audited')}
      />
      <StageSteps detail={detail} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <CaseRecordsCard detail={detail} />
        </Col>
        <Col xs={24} xl={8}>
          <CaseInfoCard detail={detail} />
        </Col>
      </Row>
    </>
  );
};
