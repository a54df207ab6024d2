import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';

// One reason (at least 2 characters), for 不通过, 离队 and 查看完整证件号; the action runs on OK.
export const ReasonModal = ({
  open,
  title,
  hint,
  okText,
  danger,
  pending,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  hint?: string;
  okText?: string;
  danger?: boolean;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      open={open}
      title={title}
      form={form}
      pending={pending}
      onClose={onClose}
      okText={okText}
      okButtonProps={{ danger }}
      destroyOnHidden
    >
      {hint ? <Alert type="warning" showIcon title={hint} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => onSubmit(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('volunteers.detail.reason')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('volunteers.detail.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
