import { EyeOutlined } from '@ant-design/icons';
import { Alert, Form, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';

const QUICK_REASONS = ['visit', 'assistance', 'verify'] as const;

// Whole values are shown only with a stated reason, which the server writes into the audit log.
export const RevealReasonModal = ({
  open,
  defaultReason,
  loading,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  defaultReason?: string;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      form={form}
      open={open}
      title={t('residents.reveal.title')}
      okText={t('residents.reveal.ok')}
      okButtonProps={{ icon: <EyeOutlined /> }}
      pending={loading}
      destroyOnHidden
      onClose={onCancel}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('residents.reveal.warning')} />
      <Form
        form={form}
        layout="vertical"
        name="reveal-reason"
        initialValues={{ reason: defaultReason ?? '' }}
        onFinish={(values) => onSubmit(values.reason.trim())}
      >
        <Form.Item
          name="reason"
          label={t('residents.reveal.reason')}
          rules={[
            { required: true, whitespace: true, message: t('residents.reveal.reasonRequired') },
            { min: 2, message: t('residents.reveal.reasonTooShort') },
          ]}
          extra={
            <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
              {QUICK_REASONS.map((key) => (
                <Tag.CheckableTag
                  key={key}
                  checked={false}
                  onChange={() => form.setFieldValue('reason', t(`residents.reveal.quick.${key}`))}
                >
                  {t(`residents.reveal.quick.${key}`)}
                </Tag.CheckableTag>
              ))}
            </Space>
          }
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} autoFocus />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
