import { Checkbox, Input, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswers, SurveyQuestion } from './api';

type Value = SurveyAnswers[string] | undefined;

// One question's input on the desk (paper forms): radio, checkboxes, the scale's points, or text.
export const AnswerField = ({
  question,
  value,
  onChange,
}: {
  question: SurveyQuestion;
  value: Value;
  onChange: (value: Value) => void;
}) => {
  const { t } = useTranslation();
  switch (question.kind) {
    case 'single':
      return (
        <Radio.Group value={value} onChange={(e) => onChange(e.target.value)}>
          <Space wrap>
            {question.options.map((o, i) => (
              <Radio key={o} value={i}>
                {o}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group
          value={Array.isArray(value) ? value : []}
          onChange={(picked) => onChange((picked as number[]).slice().sort((a, b) => a - b))}
          options={question.options.map((o, i) => ({ label: o, value: i }))}
        />
      );
    case 'scale':
      return (
        <Radio.Group value={value} onChange={(e) => onChange(e.target.value)} optionType="button">
          {Array.from({ length: question.scaleMax ?? 5 }, (_, i) => i + 1).map((point) => (
            <Radio.Button key={point} value={point}>
              {point}
            </Radio.Button>
          ))}
        </Radio.Group>
      );
    case 'text':
      return (
        <Input.TextArea
          rows={2}
          maxLength={500}
          value={typeof value === 'string' ? value : ''}
          placeholder={t('surveys.form.textPlaceholder')}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
};
