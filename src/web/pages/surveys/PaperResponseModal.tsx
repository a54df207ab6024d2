import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerProblems, keptAnswers, type Problem } from '../../../core/surveys/rules';
import { isApiError } from '../../api/ApiError';
import { useErrorText } from '../../hooks/useErrorText';
import { AnswerField } from './AnswerField';
import type { SurveyAnswers, SurveyDetail } from './api';
import { usePaperResponse } from './useSurveys';

// 录入纸质问卷: one paper form at a time, checked like the phone's; "save and enter another" clears it.
export const PaperResponseModal = ({ survey, onClose }: { survey: SurveyDetail; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const save = usePaperResponse();
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = (keepOpen: boolean) => {
    const found = answerProblems(survey.questions, keptAnswers(answers));
    setProblems(found);
    if (found.length > 0) return;
    save.mutate(
      { id: survey.id, answers: keptAnswers(answers) },
      {
        onSuccess: () => {
          void message.success(t('surveys.paper.saved'));
          setAnswers({});
          if (!keepOpen) onClose();
        },
        onError: (err) => {
          if (isApiError(err)) setProblems(err.errors);
          void message.error(errorText(err));
        },
      },
    );
  };
  const problemOf = (id: string) => problems.find((p) => p.path === `answers.${id}`)?.message;

  return (
    <Modal
      open
      width={720}
      title={t('surveys.paper.title')}
      onCancel={onClose}
      okText={t('surveys.paper.submit')}
      onOk={() => submit(false)}
      confirmLoading={save.isPending}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          <CancelBtn />
          <Typography.Link
            onClick={() => submit(true)}
            style={{ marginInline: 12 }}
            data-testid="paper-again"
          >
            {t('surveys.paper.again')}
          </Typography.Link>
          <OkBtn />
        </>
      )}
    >
      <Alert type="info" showIcon message={t('surveys.paper.hint')} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        {survey.questions.map((q, i) => (
          <Form.Item
            key={q.id}
            label={`${i + 1}. ${q.title}`}
            required={q.required}
            validateStatus={problemOf(q.id) ? 'error' : undefined}
            help={problemOf(q.id)}
          >
            <AnswerField
              question={q}
              value={answers[q.id]}
              onChange={(v) =>
                setAnswers((a) => {
                  const next = { ...a };
                  if (v === undefined) delete next[q.id];
                  else next[q.id] = v;
                  return next;
                })
              }
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
};
