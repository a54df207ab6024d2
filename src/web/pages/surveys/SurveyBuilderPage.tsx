import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Result, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { definitionProblems, type Problem } from '../../../core/surveys/rules';
import { isApiError } from '../../api/ApiError';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import type { SurveyDetail, SurveyQuestion } from './api';
import { QuestionEditor } from './QuestionEditor';
import { useSaveSurvey, useSurvey } from './useSurveys';

type Draft = {
  title: string;
  intro: string;
  closesAt: Dayjs | null;
  questions: SurveyQuestion[];
  kindId: string | null;
};

const emptyDraft: Draft = { title: '', intro: '', closesAt: null, questions: [], kindId: null };

const draftOf = (s: SurveyDetail): Draft => ({
  title: s.title,
  intro: s.intro,
  closesAt: s.closesAt ? dayjs(s.closesAt) : null,
  questions: s.questions,
  kindId: s.respondentKindQuestionId,
});

/** A question id not yet used in the survey (ids stay stable once answers exist). */
const nextId = (questions: SurveyQuestion[]) => {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n += 1;
  return `q${n}`;
};

// 新建问卷 / 编辑问卷: the title, introduction, closing time and the questions of a draft.
export const SurveyBuilderPage = () => {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useSurvey(id);
  if (id && existing.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (id && existing.isError) return <Result status="404" title={t('surveys.empty')} />;
  if (existing.data && existing.data.status !== 'draft')
    return <Result status="info" title={t('surveys.builder.lockedHint')} />;
  return <Builder id={id} initial={existing.data ? draftOf(existing.data) : emptyDraft} />;
};

const Builder = ({ id, initial }: { id?: string; initial: Draft }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const save = useSaveSurvey();
  const [draft, setDraft] = useState<Draft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [titleMissing, setTitleMissing] = useState(false);

  const setQuestions = (questions: SurveyQuestion[]) => setDraft((d) => ({ ...d, questions }));
  const addQuestion = () =>
    setQuestions([
      ...draft.questions,
      { id: nextId(draft.questions), kind: 'single', title: '', options: ['', ''], required: true },
    ]);
  const move = (i: number, by: -1 | 1) => {
    const next = [...draft.questions];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setQuestions(next);
  };

  const submit = () => {
    const questions = draft.questions.map((q) => ({
      ...q,
      title: q.title.trim(),
      options: q.options.map((o) => o.trim()),
    }));
    const blank = questions.flatMap((q, i) =>
      q.title === '' || q.options.some((o) => o === '')
        ? [{ path: `questions.${i}`, message: `${i + 1}. ${t('surveys.builder.questionTitleRequired')}` }]
        : [],
    );
    const found = [...blank, ...definitionProblems({ questions, respondentKindQuestionId: draft.kindId })];
    setTitleMissing(draft.title.trim() === '');
    setProblems(found);
    if (found.length > 0 || draft.title.trim() === '') return;
    save.mutate(
      {
        id,
        input: {
          title: draft.title.trim(),
          intro: draft.intro.trim(),
          closesAt: draft.closesAt ? draft.closesAt.toISOString() : null,
          questions,
          respondentKindQuestionId: draft.kindId,
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('surveys.builder.saved'));
          navigate(`/surveys/${saved.id}`);
        },
        onError: (err) => {
          if (isApiError(err) && err.errors.length > 0) setProblems(err.errors);
          void message.error(errorText(err));
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={id ? t('surveys.builder.editTitle') : t('surveys.builder.newTitle')}
        extra={
          <>
            <Button onClick={() => navigate(id ? `/surveys/${id}` : '/surveys')}>
              {t('surveys.builder.cancel')}
            </Button>
            <Button type="primary" loading={save.isPending} onClick={submit} data-testid="survey-save">
              {t('surveys.builder.save')}
            </Button>
          </>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 860 }}>
        <Card title={t('surveys.builder.basics')} size="small">
          <Form layout="vertical">
            <Form.Item
              label={t('surveys.builder.surveyTitle')}
              required
              validateStatus={titleMissing ? 'error' : undefined}
              help={titleMissing ? t('surveys.builder.surveyTitleRequired') : undefined}
            >
              <Input
                value={draft.title}
                maxLength={100}
                onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
                data-testid="survey-title"
              />
            </Form.Item>
            <Form.Item label={t('surveys.builder.intro')}>
              <Input.TextArea
                value={draft.intro}
                rows={3}
                maxLength={2000}
                placeholder={t('surveys.builder.introPlaceholder')}
                onChange={(e) => setDraft((d) => ({ ...d, intro: e.target.value }))}
              />
            </Form.Item>
            <Form.Item
              label={t('surveys.builder.closesAt')}
              extra={t('surveys.builder.closesAtHint')}
              style={{ marginBottom: 0 }}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                value={draft.closesAt}
                onChange={(closesAt) => setDraft((d) => ({ ...d, closesAt }))}
                disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
              />
            </Form.Item>
          </Form>
        </Card>
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            message={problems.map((p) => p.message).join('；')}
            data-testid="survey-problems"
          />
        ) : null}
        <Card title={t('surveys.builder.questions')} size="small">
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {draft.questions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.builder.noQuestions')} />
            ) : null}
            {draft.questions.map((q, i) => (
              <QuestionEditor
                key={q.id}
                index={i}
                count={draft.questions.length}
                question={q}
                isKind={draft.kindId === q.id}
                onChange={(changed) => setQuestions(draft.questions.map((x, j) => (j === i ? changed : x)))}
                onKind={(checked) => setDraft((d) => ({ ...d, kindId: checked ? q.id : null }))}
                onMove={(by) => move(i, by)}
                onRemove={() =>
                  setDraft((d) => ({
                    ...d,
                    questions: d.questions.filter((_, j) => j !== i),
                    kindId: d.kindId === q.id ? null : d.kindId,
                  }))
                }
              />
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={addQuestion}
              data-testid="survey-add-question"
            >
              {t('surveys.builder.addQuestion')}
            </Button>
          </Space>
        </Card>
      </Space>
    </>
  );
};
