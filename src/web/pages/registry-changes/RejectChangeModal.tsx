import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { useRejectRegistryChange } from './useRegistryChanges';

// 退回: the reason is required, and the proposer is shown it.
export const RejectChangeModal = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useRejectRegistryChange();
  const onFinish = ({ reason }: { reason: string }) => {
    if (!id) return;
    reject.mutate(
      { id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('registryChanges.rejected'));
          onClose();
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };
  return (
    <FormModal
      title={t('registryChanges.rejectTitle')}
      open={id !== null}
      form={form}
      pending={reject.isPending}
      onClose={onClose}
      okText={t('registryChanges.reject')}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} name="reject-change">
        <Form.Item
          name="reason"
          label={t('registryChanges.rejectReasonLabel')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('registryChanges.rejectReasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
