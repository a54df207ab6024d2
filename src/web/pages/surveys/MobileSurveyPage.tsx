import { Button, Card, Checkbox, DotLoading, ErrorBlock, Radio, Result, Space, TextArea } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { answerProblems, keptAnswers, type Problem } from '../../../core/surveys/rules';
import { isApiError } from '../../api/ApiError';
import { useErrorText } from '../../hooks/useErrorText';
import { MobilePage } from '../../mobile/MobilePage';
import type { MySurveyDetail, SurveyAnswers, SurveyQuestion } from './api';
import { useAnswerMySurvey, useMySurvey } from './useSurveys';

type Value = SurveyAnswers[string] | undefined;

// One survey on the phone: a big-target form (radio rows, checkboxes, the scale as buttons, a text
// box), checked before sending; then a thank-you page. Answered or closed, it says so instead.
export const MobileSurveyPage = () => {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const survey = useMySurvey(id);
  const [done, setDone] = useState(false);
  const back = () => navigate('/m/surveys');

  let body: ReactNode;
  if (survey.isPending) {
    body = (
      <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
        <DotLoading color="primary" />
      </div>
    );
  } else if (survey.isError) {
    body = (
      <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(survey.error)} />
    );
  } else if (done || survey.data.answered || !survey.data.open) {
    body = (
      <Result
        status={done || survey.data.answered ? 'success' : 'info'}
        title={
          done
            ? t('surveys.phone.thanks')
            : survey.data.answered
              ? t('surveys.phone.alreadyAnswered')
              : t('surveys.phone.closedHint')
        }
        description={done ? t('surveys.phone.thanksHint') : undefined}
      />
    );
  } else {
    body = <AnswerForm survey={survey.data} onDone={() => setDone(true)} />;
  }
  return (
    <MobilePage title={survey.data?.title ?? t('surveys.phone.title')} onBack={back}>
      {body}
      {done || survey.data?.answered ? (
        <Space direction="vertical" block style={{ marginTop: 16 }}>
          <Button block size="large" color="primary" onClick={back} data-testid="m-survey-back">
            {t('surveys.phone.backToList')}
          </Button>
          <Button block size="large" onClick={() => navigate('/m')}>
            {t('surveys.phone.backHome')}
          </Button>
        </Space>
      ) : null}
    </MobilePage>
  );
};

const big = { fontSize: 17, lineHeight: 1.5 } as const;
const row = { padding: '10px 4px', minHeight: 44, display: 'flex', alignItems: 'center' } as const;

const Field = ({
  question,
  value,
  onChange,
}: {
  question: SurveyQuestion;
  value: Value;
  onChange: (v: SurveyAnswers[string]) => void;
}) => {
  const { t } = useTranslation();
  switch (question.kind) {
    case 'single':
      return (
        <Radio.Group value={typeof value === 'number' ? value : null} onChange={(v) => onChange(v as number)}>
          <Space direction="vertical" block>
            {question.options.map((o, i) => (
              <div key={o} style={row}>
                <Radio value={i} style={{ ...big, '--icon-size': '24px' }} block>
                  {o}
                </Radio>
              </div>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onChange((v as number[]).slice().sort((a, b) => a - b))}
        >
          <Space direction="vertical" block>
            {question.options.map((o, i) => (
              <div key={o} style={row}>
                <Checkbox value={i} style={{ ...big, '--icon-size': '24px' }} block>
                  {o}
                </Checkbox>
              </div>
            ))}
          </Space>
        </Checkbox.Group>
      );
    case 'scale': {
      const max = question.scaleMax ?? 5;
      return (
        <div>
          <div style={{ display: 'grid', gridTemplateColumns: `repeat(${Math.min(max, 5)}, 1fr)`, gap: 8 }}>
            {Array.from({ length: max }, (_, i) => i + 1).map((point) => (
              <Button
                key={point}
                color={value === point ? 'primary' : 'default'}
                fill={value === point ? 'solid' : 'outline'}
                style={{ height: 52, fontSize: 20 }}
                onClick={() => onChange(point)}
                aria-pressed={value === point}
                data-testid={`m-scale-${point}`}
              >
                {point}
              </Button>
            ))}
          </div>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              color: '#888',
              fontSize: 14,
              marginTop: 6,
            }}
          >
            <span>{t('surveys.form.scaleLow')}</span>
            <span>{t('surveys.form.scaleHigh')}</span>
          </div>
        </div>
      );
    }
    case 'text':
      return (
        <TextArea
          value={typeof value === 'string' ? value : ''}
          onChange={(v) => onChange(v)}
          placeholder={t('surveys.form.textPlaceholder')}
          maxLength={500}
          showCount
          autoSize={{ minRows: 3, maxRows: 8 }}
          style={{
            ...big,
            '--font-size': '17px',
            border: '1px solid #e5e5e5',
            borderRadius: 8,
            padding: 8,
            boxSizing: 'border-box',
            width: '100%',
          }}
        />
      );
  }
};

const AnswerForm = ({ survey, onDone }: { survey: MySurveyDetail; onDone: () => void }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const answer = useAnswerMySurvey();
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const problemOf = (id: string) => problems.find((p) => p.path === `answers.${id}`)?.message;

  const submit = () => {
    const kept = keptAnswers(answers);
    const found = answerProblems(survey.questions, kept);
    setProblems(found);
    setFailure(found.length > 0 ? t('surveys.phone.fixFirst') : null);
    if (found.length > 0) {
      document
        .getElementById(`q-${found[0].path.split('.')[1]}`)
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    answer.mutate(
      { id: survey.id, answers: kept },
      {
        onSuccess: onDone,
        onError: (err) => {
          if (isApiError(err)) setProblems(err.errors);
          setFailure(isApiError(err) && err.errors[0] ? err.errors[0].message : errorText(err));
        },
      },
    );
  };

  return (
    <>
      {survey.intro ? (
        <div style={{ ...big, color: '#555', margin: '4px 4px 12px' }}>{survey.intro}</div>
      ) : null}
      {survey.questions.map((q, i) => (
        <div key={q.id} id={`q-${q.id}`}>
          <Card style={{ marginBottom: 12, border: problemOf(q.id) ? '1px solid #ff4d4f' : undefined }}>
            <div style={{ fontSize: 18, fontWeight: 600, marginBottom: 8, lineHeight: 1.4 }}>
              {q.required ? <span style={{ color: '#ff4d4f' }}>* </span> : null}
              {i + 1}. {q.title}
              {q.kind === 'multiple' ? (
                <span style={{ color: '#888', fontWeight: 400, fontSize: 15 }}>
                  （{t('surveys.form.pickSome')}）
                </span>
              ) : null}
            </div>
            <Field
              question={q}
              value={answers[q.id]}
              onChange={(v) => {
                // A question answered again no longer shows its earlier problem.
                setProblems((all) => all.filter((p) => p.path !== `answers.${q.id}`));
                setFailure(null);
                setAnswers((a) => ({ ...a, [q.id]: v }));
              }}
            />
            {problemOf(q.id) ? (
              <div style={{ color: '#ff4d4f', fontSize: 15, marginTop: 6 }}>{problemOf(q.id)}</div>
            ) : null}
          </Card>
        </div>
      ))}
      {failure ? (
        <div
          role="alert"
          style={{ color: '#ff4d4f', fontSize: 16, margin: '8px 4px' }}
          data-testid="m-survey-error"
        >
          {failure}
        </div>
      ) : null}
      <Button
        block
        color="primary"
        size="large"
        loading={answer.isPending}
        onClick={submit}
        style={{ height: 52, fontSize: 18 }}
        data-testid="m-survey-submit"
      >
        {t('surveys.phone.submit')}
      </Button>
    </>
  );
};
