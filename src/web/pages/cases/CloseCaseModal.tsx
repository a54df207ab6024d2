import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';

type Values = { closedOn: Dayjs; closureReason: string };

// 结案 from any stage needs a reason; the warning says it cannot be undone.
export const CloseCaseModal = ({
  open,
  openedOn,
  loading,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  openedOn: string;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (closedOn: string, closureReason: string) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const outsideCase = (day: Dayjs) => day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(openedOn), 'day');
  return (
    <FormModal
      form={form}
      open={open}
      title={t('cases.close.title')}
      okText={t('cases.close.ok')}
      okButtonProps={{ danger: true }}
      pending={loading}
      destroyOnHidden
      onClose={onCancel}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('cases.close.hint')} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="close-case"
        initialValues={{ closedOn: dayjs() }}
        onFinish={(values) => onSubmit(values.closedOn.format('YYYY-MM-DD'), values.closureReason.trim())}
      >
        <Form.Item
          name="closedOn"
          label={t('cases.close.closedOn')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('cases.close.closedOn') }) },
          ]}
        >
          <DatePicker disabledDate={outsideCase} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="closureReason"
          label={t('cases.close.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('cases.close.reason') }),
            },
            { max: 500 },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('cases.close.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
