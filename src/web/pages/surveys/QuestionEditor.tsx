import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  MinusCircleOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Card, Checkbox, Input, InputNumber, Select, Space, Switch, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS, type SurveyQuestion } from './api';

type Props = {
  index: number;
  count: number;
  question: SurveyQuestion;
  isKind: boolean;
  onChange: (question: SurveyQuestion) => void;
  onKind: (checked: boolean) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

// One question of the builder: its type, text, options (choice) or highest point (scale), whether it
// must be answered, and whether it is the respondent-kind question results are split by.
export const QuestionEditor = ({
  index,
  count,
  question,
  isKind,
  onChange,
  onKind,
  onMove,
  onRemove,
}: Props) => {
  const { t } = useTranslation();
  const set = (patch: Partial<SurveyQuestion>) => onChange({ ...question, ...patch });
  const choice = question.kind === 'single' || question.kind === 'multiple';
  const changeKind = (kind: SurveyQuestion['kind']) => {
    const nowChoice = kind === 'single' || kind === 'multiple';
    set({
      kind,
      options: nowChoice ? (question.options.length ? question.options : ['', '']) : [],
      scaleMax: kind === 'scale' ? (question.scaleMax ?? 5) : undefined,
    });
    if (kind !== 'single' && isKind) onKind(false);
  };
  const setOption = (i: number, value: string) =>
    set({ options: question.options.map((o, j) => (j === i ? value : o)) });

  return (
    <Card
      size="small"
      data-testid={`question-${index}`}
      title={
        <Space wrap>
          <Typography.Text strong>{index + 1}.</Typography.Text>
          <Select
            aria-label={t('surveys.builder.kind')}
            value={question.kind}
            onChange={changeKind}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.kinds.${k}`) }))}
            style={{ width: 110 }}
          />
        </Space>
      }
      extra={
        <Space size={0}>
          <Tooltip title={t('surveys.builder.moveUp')}>
            <Button
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={t('surveys.builder.moveUp')}
            />
          </Tooltip>
          <Tooltip title={t('surveys.builder.moveDown')}>
            <Button
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={t('surveys.builder.moveDown')}
            />
          </Tooltip>
          <Tooltip title={t('surveys.builder.remove')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={onRemove}
              aria-label={t('surveys.builder.remove')}
            />
          </Tooltip>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={10}>
        <Input
          aria-label={t('surveys.builder.questionTitle')}
          placeholder={t('surveys.builder.questionTitle')}
          value={question.title}
          maxLength={200}
          onChange={(e) => set({ title: e.target.value })}
        />
        {choice ? (
          <div>
            {question.options.map((option, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: options being typed may be blank or alike; their place is who they are
              <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 6 }}>
                <Input
                  aria-label={t('surveys.builder.optionPlaceholder', { n: i + 1 })}
                  placeholder={t('surveys.builder.optionPlaceholder', { n: i + 1 })}
                  value={option}
                  maxLength={100}
                  onChange={(e) => setOption(i, e.target.value)}
                />
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  disabled={question.options.length <= 2}
                  onClick={() => set({ options: question.options.filter((_, j) => j !== i) })}
                  aria-label={t('surveys.builder.removeOption')}
                />
              </div>
            ))}
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => set({ options: [...question.options, ''] })}
            >
              {t('surveys.builder.addOption')}
            </Button>
          </div>
        ) : null}
        {question.kind === 'scale' ? (
          <Space>
            <span style={{ whiteSpace: 'nowrap' }}>{t('surveys.builder.scaleMax')}</span>
            <InputNumber
              aria-label={t('surveys.builder.scaleMax')}
              min={2}
              max={10}
              value={question.scaleMax ?? 5}
              onChange={(v) => set({ scaleMax: v ?? 5 })}
            />
            <Typography.Text type="secondary">{t('surveys.builder.scaleHint')}</Typography.Text>
          </Space>
        ) : null}
        <Space wrap size={16}>
          <Space>
            <Switch
              size="small"
              checked={question.required}
              onChange={(required) => set({ required })}
              aria-label={t('surveys.builder.required')}
            />
            <span>{t('surveys.builder.required')}</span>
          </Space>
          {question.kind === 'single' ? (
            <Tooltip title={t('surveys.builder.respondentKindHint')}>
              <Checkbox checked={isKind} onChange={(e) => onKind(e.target.checked)}>
                {t('surveys.builder.respondentKind')}
              </Checkbox>
            </Tooltip>
          ) : null}
        </Space>
      </Space>
    </Card>
  );
};
