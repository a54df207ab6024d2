import { Alert, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ResidentStatus } from '../../api/residents';
import { FormModal } from '../../components/FormModal';

// Marks a resident moved away or died (or back on the roster) as of a date, after a confirmation.
export const ResidentStatusModal = ({
  status,
  name,
  loading,
  onCancel,
  onSubmit,
}: {
  status: ResidentStatus | null;
  name: string;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (statusDate: string) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ statusDate: Dayjs }>();
  const key = status ?? 'active';
  return (
    <FormModal
      form={form}
      open={status !== null}
      title={t(`residents.statusChange.${key}.title`, { name })}
      okText={t(`residents.statusChange.${key}.ok`)}
      okButtonProps={{ danger: status !== 'active' }}
      pending={loading}
      destroyOnHidden
      onClose={onCancel}
    >
      <Alert
        type={status === 'active' ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t(`residents.statusChange.${key}.warning`)}
      />
      <Form
        form={form}
        layout="vertical"
        name="resident-status"
        initialValues={{ statusDate: dayjs() }}
        onFinish={(values) => onSubmit(values.statusDate.format('YYYY-MM-DD'))}
      >
        <Form.Item
          name="statusDate"
          label={t(`residents.statusChange.${key}.date`)}
          rules={[
            {
              required: true,
              message: t('common.requiredSelect', { field: t(`residents.statusChange.${key}.date`) }),
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
