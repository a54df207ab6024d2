import { App, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { useReplySuggestion } from './useSuggestions';

type Values = { reply: string; publish: boolean };

// 答复: the resident is told on the phone; published, the community's residents read it too (author hidden).
export const ReplyModal = ({
  id,
  open,
  initial,
  onClose,
}: {
  id: string;
  open: boolean;
  initial: Values;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const reply = useReplySuggestion();
  const onFinish = (values: Values) =>
    reply.mutate(
      { id, reply: values.reply.trim(), publish: values.publish },
      {
        onSuccess: () => {
          void message.success(t('suggestions.actions.replied'));
          onClose();
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  return (
    <FormModal
      title={t('suggestions.replyForm.title')}
      open={open}
      form={form}
      pending={reply.isPending}
      onClose={onClose}
      okText={t('suggestions.actions.reply')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initial} requiredMark={false}>
        <Form.Item
          name="reply"
          label={t('suggestions.replyForm.reply')}
          rules={[
            { required: true, whitespace: true, min: 5, message: t('suggestions.replyForm.replyRequired') },
          ]}
        >
          <Input.TextArea rows={5} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="publish" valuePropName="checked">
          <Checkbox>{t('suggestions.replyForm.publish')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
};
