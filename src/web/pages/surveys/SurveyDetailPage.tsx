import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Result,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { formatDateTime } from '../../i18n/format';
import {
  exportResults,
  type SurveyAnswers,
  type SurveyDetail,
  type SurveyQuestion,
  type SurveyResponseView,
} from './api';
import { PaperResponseModal } from './PaperResponseModal';
import { RaiseNeedModal } from './RaiseNeedModal';
import { SurveyResultsView } from './SurveyResultsView';
import { SurveyStatusTag } from './SurveyStatusTag';
import {
  useChangeSurvey,
  useDeleteSurvey,
  useSurvey,
  useSurveyResponses,
  useSurveyResults,
} from './useSurveys';

/** One answer as text: the chosen options, the point, or what was written. */
const answerText = (q: SurveyQuestion, value: SurveyAnswers[string] | undefined): string => {
  if (value === undefined) return '—';
  if (q.kind === 'scale' || q.kind === 'text') return String(value);
  const picked = Array.isArray(value) ? value : [Number(value)];
  return picked.map((i) => q.options[i] ?? '').join('、');
};

const responseSummary = (survey: SurveyDetail, r: SurveyResponseView) =>
  survey.questions
    .filter((q) => q.id !== survey.respondentKindQuestionId && r.answers[q.id] !== undefined)
    .map((q) => `${q.title}：${answerText(q, r.answers[q.id])}`)
    .join('；');

// A survey: its status and actions (编辑, 发布, 结束, 复制, 删除, 导出, 录入纸质问卷), the results, the
// responses (each may raise a need) and the questions.
export const SurveyDetailPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const survey = useSurvey(id);
  if (survey.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (survey.isError || !survey.data) return <Result status="404" title={t('surveys.empty')} />;
  return <Detail survey={survey.data} />;
};

const Detail = ({ survey }: { survey: SurveyDetail }) => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('surveys.manage');
  const change = useChangeSurvey();
  const remove = useDeleteSurvey();
  const [paper, setPaper] = useState(false);
  const [raising, setRaising] = useState<{ responseId: string; text: string } | null>(null);
  const time = (iso: string | null) =>
    iso ? formatDateTime(iso, i18n.language).slice(0, 16) : t('surveys.noDeadline');

  const act = (action: 'publish' | 'close', confirm: string, done: string) =>
    modal.confirm({
      title: t(`surveys.detail.${action}`),
      content: confirm,
      onOk: () =>
        change
          .mutateAsync({ id: survey.id, action })
          .then(() => void message.success(done))
          .catch((err: unknown) => void message.error(errorText(err))),
    });
  const duplicate = () =>
    change.mutate(
      { id: survey.id, action: 'duplicate' },
      {
        onSuccess: (copy) => {
          void message.success(t('surveys.detail.duplicated'));
          navigate(`/surveys/${copy.id}/edit`);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  const confirmDelete = () =>
    modal.confirm({
      title: t('surveys.detail.remove'),
      content: t('surveys.detail.removeConfirm', { title: survey.title }),
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(survey.id)
          .then(() => {
            void message.success(t('surveys.detail.removed'));
            navigate('/surveys');
          })
          .catch((err: unknown) => void message.error(errorText(err))),
    });
  const download = () => exportResults(survey.id).catch((err: unknown) => void message.error(errorText(err)));

  const draft = survey.status === 'draft';
  const actions = (
    <>
      {survey.responseCount > 0 ? <Button onClick={download}>{t('surveys.detail.export')}</Button> : null}
      {canManage && survey.open ? (
        <Button onClick={() => setPaper(true)} data-testid="survey-paper">
          {t('surveys.detail.paper')}
        </Button>
      ) : null}
      {canManage ? <Button onClick={duplicate}>{t('surveys.detail.duplicate')}</Button> : null}
      {canManage && draft ? (
        <>
          <Button danger onClick={confirmDelete}>
            {t('surveys.detail.remove')}
          </Button>
          <Button onClick={() => navigate(`/surveys/${survey.id}/edit`)}>{t('surveys.detail.edit')}</Button>
          <Button
            type="primary"
            data-testid="survey-publish"
            onClick={() => act('publish', t('surveys.detail.publishConfirm'), t('surveys.detail.published'))}
          >
            {t('surveys.detail.publish')}
          </Button>
        </>
      ) : null}
      {canManage && survey.status === 'published' ? (
        <Button
          danger
          onClick={() => act('close', t('surveys.detail.closeConfirm'), t('surveys.detail.closed'))}
        >
          {t('surveys.detail.close')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader title={survey.title} extra={actions} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
            <Descriptions.Item label={t('surveys.columns.status')}>
              <SurveyStatusTag status={survey.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('surveys.columns.closesAt')}>
              {time(survey.closesAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('surveys.columns.responses')}>
              {survey.responseCount}
            </Descriptions.Item>
            <Descriptions.Item label={t('surveys.columns.unit')}>{survey.orgUnitName}</Descriptions.Item>
          </Descriptions>
          {survey.intro ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {survey.intro}
            </Typography.Paragraph>
          ) : null}
        </Card>
        {draft ? <Alert type="info" showIcon message={t('surveys.detail.draftHint')} /> : null}
        <Card size="small">
          <Tabs
            defaultActiveKey={draft ? 'questions' : 'results'}
            items={[
              {
                key: 'results',
                label: t('surveys.detail.tabs.results'),
                children: (
                  <ResultsTab
                    survey={survey}
                    onRaise={canManage ? (responseId, text) => setRaising({ responseId, text }) : undefined}
                  />
                ),
              },
              {
                key: 'responses',
                label: t('surveys.detail.tabs.responses'),
                children: (
                  <ResponsesTab
                    survey={survey}
                    onRaise={canManage ? (responseId, text) => setRaising({ responseId, text }) : undefined}
                  />
                ),
              },
              {
                key: 'questions',
                label: t('surveys.detail.tabs.questions'),
                children: <QuestionsTab survey={survey} />,
              },
            ]}
          />
        </Card>
      </Space>
      {paper ? <PaperResponseModal survey={survey} onClose={() => setPaper(false)} /> : null}
      {raising ? <RaiseNeedModal {...raising} onClose={() => setRaising(null)} /> : null}
    </>
  );
};

type RaiseHandler = ((responseId: string, text: string) => void) | undefined;

const ResultsTab = ({ survey, onRaise }: { survey: SurveyDetail; onRaise: RaiseHandler }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const results = useSurveyResults(survey.id);
  if (results.isPending) return <Spin />;
  if (results.isError) return <Alert type="error" message={errorText(results.error)} />;
  const r = results.data;
  if (r.responses === 0) return <Empty description={t('surveys.detail.noResponses')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong data-testid="results-summary">
        {t('surveys.detail.summary', {
          total: r.responses,
          phone: r.byChannel.phone,
          paper: r.byChannel.paper,
        })}
      </Typography.Text>
      <SurveyResultsView
        results={r}
        kindQuestionId={survey.respondentKindQuestionId}
        raised={new Set(r.raisedResponseIds)}
        onRaiseNeed={onRaise}
      />
    </Space>
  );
};

const ResponsesTab = ({ survey, onRaise }: { survey: SurveyDetail; onRaise: RaiseHandler }) => {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useSurveyResponses(survey.id, page);
  const withKind = survey.respondentKindQuestionId !== null;
  const columns: ColumnsType<SurveyResponseView> = [
    {
      title: t('surveys.responses.submittedAt'),
      key: 'at',
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(r.submittedAt, i18n.language).slice(0, 16)}
        </span>
      ),
    },
    {
      title: t('surveys.responses.channel'),
      key: 'channel',
      render: (_, r) => t(`surveys.responses.channels.${r.channel}`),
    },
    ...(withKind
      ? [
          {
            title: t('surveys.responses.kind'),
            key: 'kind',
            render: (_: unknown, r: SurveyResponseView) => r.kindLabel ?? '—',
          },
        ]
      : []),
    { title: t('surveys.responses.answers'), key: 'answers', render: (_, r) => responseSummary(survey, r) },
    {
      title: t('surveys.responses.needs'),
      key: 'needs',
      render: (_, r) =>
        r.needIds.length > 0 ? (
          <Tag color="green">{t('surveys.results.needRaised')}</Tag>
        ) : onRaise ? (
          <Button size="small" onClick={() => onRaise(r.id, responseSummary(survey, r))}>
            {t('surveys.results.raiseNeed')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Table<SurveyResponseView>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={list.data?.items}
      loading={list.isFetching}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('surveys.detail.noResponses')} /> }}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: list.data?.total ?? 0,
        showTotal: (total) => t('surveys.responses.total', { total }),
        onChange: (p, pageSize) => setPage({ page: p, pageSize }),
      }}
    />
  );
};

const QuestionsTab = ({ survey }: { survey: SurveyDetail }) => {
  const { t } = useTranslation();
  if (survey.questions.length === 0) return <Empty description={t('surveys.builder.noQuestions')} />;
  return (
    <ol style={{ paddingInlineStart: 20, margin: 0 }}>
      {survey.questions.map((q) => (
        <li key={q.id} style={{ marginBottom: 12 }}>
          <Space wrap size={6}>
            <Typography.Text strong>{q.title}</Typography.Text>
            <Tag>{t(`surveys.kinds.${q.kind}`)}</Tag>
            {q.required ? <Tag color="red">{t('surveys.form.required')}</Tag> : null}
            {q.id === survey.respondentKindQuestionId ? (
              <Tag color="blue">{t('surveys.builder.respondentKind')}</Tag>
            ) : null}
          </Space>
          {q.options.length > 0 ? (
            <div style={{ color: '#595959' }}>{q.options.join(' / ')}</div>
          ) : q.kind === 'scale' ? (
            <div style={{ color: '#595959' }}>1 – {q.scaleMax}</div>
          ) : null}
        </li>
      ))}
    </ol>
  );
};
