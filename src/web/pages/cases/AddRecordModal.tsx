import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CASE_GOAL_STATUSES, type CaseDetail, type CaseGoal } from '../../api/cases';
import { FormModal } from '../../components/FormModal';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useAddCaseRecord } from './useCases';

type Values = { recordedOn: Dayjs; content: string; goals: CaseGoal[] };

// A dated record at the current stage; the goals travel with it, so a goal's new status has its reason.
export const AddRecordModal = ({
  detail,
  open,
  onClose,
}: {
  detail: CaseDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const add = useAddCaseRecord();
  const outsideCase = (day: Dayjs) =>
    day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(detail.openedOn), 'day');

  const onFinish = () => {
    // getFieldsValue(true): antd 6's onFinish leaves out parts of Form.List.
    const values = form.getFieldsValue(true) as Values;
    add.mutate(
      {
        id: detail.id,
        input: {
          recordedOn: values.recordedOn.format('YYYY-MM-DD'),
          content: values.content,
          goals: (values.goals ?? []).map((g) => ({ text: g.text, status: g.status })),
        },
      },
      saved(t('cases.record.saved')),
    );
  };

  return (
    <FormModal
      form={form}
      open={open}
      title={t('cases.record.title')}
      pending={add.isPending}
      width={mobile ? '100%' : 640}
      destroyOnHidden
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('cases.record.stageNote', { stage: t(`cases.stages.${detail.stage}`) })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="case-record"
        initialValues={{ recordedOn: dayjs(), content: '', goals: detail.goals }}
        onFinish={onFinish}
      >
        <Form.Item
          name="recordedOn"
          label={t('cases.record.recordedOn')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('cases.record.recordedOn') }) },
          ]}
        >
          <DatePicker disabledDate={outsideCase} style={{ width: mobile ? '100%' : 200 }} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('cases.record.content')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('cases.record.content') }),
            },
            { min: 2, max: 10000 },
          ]}
        >
          <Input.TextArea
            rows={5}
            maxLength={10000}
            showCount
            placeholder={t('cases.record.contentPlaceholder')}
          />
        </Form.Item>
        <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
          {t('cases.record.goals')}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
          {t('cases.record.goalsHint')}
        </Typography.Paragraph>
        <Form.List name="goals">
          {(fields, { add: addGoal, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item
                    name={[field.name, 'text']}
                    rules={[
                      { required: true, whitespace: true, message: t('cases.record.goalRequired') },
                      { max: 200 },
                    ]}
                    style={{ flex: 1, minWidth: 0, marginBottom: 12 }}
                  >
                    <Input
                      placeholder={t('cases.record.goalPlaceholder')}
                      aria-label={t('cases.record.goalN', { n: index + 1 })}
                      maxLength={200}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'status']} style={{ marginBottom: 12 }}>
                    <Select
                      aria-label={t('cases.record.goalStatusN', { n: index + 1 })}
                      style={{ width: mobile ? 96 : 110 }}
                      options={CASE_GOAL_STATUSES.map((s) => ({
                        value: s,
                        label: t(`cases.goalStatuses.${s}`),
                      }))}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('cases.record.removeGoal', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => addGoal({ text: '', status: 'open' })}
                disabled={fields.length >= 30}
              >
                {t('cases.record.addGoal')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
};
