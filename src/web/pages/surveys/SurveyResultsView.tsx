import { Button, Card, Empty, List, Progress, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionResult, SurveyResults } from './api';

// The results as bars (antd Progress, no chart library: the page stays light): each option's count and
// share, a scale's mean and distribution, the text answers with 转为需求; and, with a respondent-kind
// question, the kinds side by side.

type Props = {
  results: SurveyResults;
  /** The respondent-kind question: split by itself it says nothing, so it shows whole. */
  kindQuestionId: string | null;
  /** Response ids that already raised a need, to mark their text answers. */
  raised: Set<string>;
  onRaiseNeed?: (responseId: string, text: string) => void;
};

const KIND_COLORS = ['#1668dc', '#d46b08', '#389e0d', '#722ed1', '#c41d7f', '#08979c'];

const Bars = ({
  rows,
  color,
}: {
  rows: { label: string; count: number; percent: number }[];
  color?: string;
}) => {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      {rows.map((row) => (
        <div
          key={row.label}
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(0, 1fr) minmax(48px, 1.6fr) auto',
            gap: 8,
            alignItems: 'center',
          }}
        >
          <Typography.Text ellipsis={{ tooltip: row.label }}>{row.label}</Typography.Text>
          <Progress percent={Math.min(row.percent, 100)} showInfo={false} strokeColor={color} size="small" />
          <span style={{ whiteSpace: 'nowrap', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
            {t('surveys.results.count', { count: row.count })} · {row.percent}%
          </span>
        </div>
      ))}
    </div>
  );
};

/** A scale's distribution as rows of points, each with its share of those who answered. */
const scaleRows = (q: QuestionResult) =>
  q.distribution.map((d) => ({
    label: String(d.point),
    count: d.count,
    percent: q.answered ? Math.round((d.count / q.answered) * 1000) / 10 : 0,
  }));

const QuestionBody = ({ q, color }: { q: QuestionResult; color?: string }) => {
  const { t } = useTranslation();
  if (q.kind === 'scale')
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong style={{ fontSize: 18 }}>
          {q.mean === null ? t('surveys.results.noMean') : t('surveys.results.mean', { mean: q.mean })}
        </Typography.Text>
        <Bars
          rows={scaleRows(q).map((r) => ({ ...r, label: t('surveys.results.points', { point: r.label }) }))}
          color={color}
        />
      </Space>
    );
  return <Bars rows={q.options} color={color} />;
};

const Texts = ({
  q,
  raised,
  onRaiseNeed,
}: { q: QuestionResult } & Omit<Props, 'results' | 'kindQuestionId'>) => {
  const { t } = useTranslation();
  if (q.texts.length === 0)
    return <Typography.Text type="secondary">{t('surveys.results.noTexts')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={q.texts}
      style={{ maxHeight: 360, overflow: 'auto' }}
      renderItem={(item) => (
        <List.Item
          actions={[
            raised.has(item.responseId) ? (
              <Tag color="green" key="raised">
                {t('surveys.results.needRaised')}
              </Tag>
            ) : onRaiseNeed ? (
              <Button key="raise" size="small" onClick={() => onRaiseNeed(item.responseId, item.text)}>
                {t('surveys.results.raiseNeed')}
              </Button>
            ) : null,
          ]}
        >
          {item.text}
        </List.Item>
      )}
    />
  );
};

export const SurveyResultsView = ({ results, kindQuestionId, raised, onRaiseNeed }: Props) => {
  const { t } = useTranslation();
  const kinds = results.byKind;
  const [split, setSplit] = useState(Boolean(kinds));
  const showSplit = split && kinds !== null;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {kinds ? (
        <Segmented
          value={showSplit ? 'kinds' : 'whole'}
          onChange={(v) => setSplit(v === 'kinds')}
          options={[
            { value: 'whole', label: t('surveys.results.whole') },
            { value: 'kinds', label: t('surveys.results.byKind') },
          ]}
        />
      ) : null}
      {results.questions.map((q, qi) => (
        <Card
          key={q.questionId}
          size="small"
          data-testid={`result-${q.questionId}`}
          title={
            <Typography.Text strong style={{ whiteSpace: 'normal' }}>
              {qi + 1}. {q.title} <Tag style={{ marginInlineStart: 8 }}>{t(`surveys.kinds.${q.kind}`)}</Tag>
            </Typography.Text>
          }
          extra={
            <Typography.Text type="secondary">
              {t('surveys.results.answered', { count: q.answered })}
            </Typography.Text>
          }
        >
          {q.kind === 'multiple' ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
              {t('surveys.results.multipleHint')}
            </Typography.Paragraph>
          ) : null}
          {q.kind === 'text' ? (
            <Texts q={q} raised={raised} onRaiseNeed={onRaiseNeed} />
          ) : showSplit && q.questionId !== kindQuestionId ? (
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
                gap: 16,
              }}
            >
              {kinds.map((kind, ki) => (
                <div key={kind.label}>
                  <Typography.Text strong style={{ color: KIND_COLORS[ki % KIND_COLORS.length] }}>
                    {t('surveys.results.responsesOf', { label: kind.label, count: kind.responses })}
                  </Typography.Text>
                  <QuestionBody q={kind.questions[qi]} color={KIND_COLORS[ki % KIND_COLORS.length]} />
                </div>
              ))}
            </div>
          ) : (
            <QuestionBody q={q} />
          )}
        </Card>
      ))}
      {results.questions.length === 0 ? <Empty /> : null}
    </Space>
  );
};
