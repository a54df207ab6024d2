import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { NEED_CATEGORIES, NEED_TARGET_GROUPS, type ResponseNeed } from './api';
import { useRaiseNeed } from './useSurveys';

// 转为需求: what a response asks for, put on the needs list with the response as its source.
export const RaiseNeedModal = ({
  responseId,
  text,
  onClose,
}: {
  responseId: string;
  text: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const raise = useRaiseNeed();
  const [form] = Form.useForm<ResponseNeed>();
  const serverErrors = useServerFormErrors(form);

  const submit = (values: ResponseNeed) =>
    raise.mutate(
      { responseId, input: values },
      {
        onSuccess: () => {
          void message.success(t('surveys.need.raised'));
          onClose();
        },
        onError: serverErrors,
      },
    );

  return (
    <Modal
      open
      title={t('surveys.need.title')}
      onCancel={onClose}
      okText={t('surveys.need.submit')}
      onOk={() => form.submit()}
      confirmLoading={raise.isPending}
    >
      <Typography.Paragraph type="secondary">{t('surveys.need.hint')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text type="secondary">{t('surveys.need.answer')}：</Typography.Text>
        {text}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ description: text }}>
        <Form.Item
          name="title"
          label={t('surveys.need.needTitle')}
          rules={[{ required: true, min: 2, whitespace: true, message: t('surveys.need.needTitleRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('surveys.need.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('surveys.need.category')}
          rules={[{ required: true, message: t('surveys.need.categoryRequired') }]}
        >
          <Select
            options={NEED_CATEGORIES.map((c) => ({ value: c, label: t(`surveys.need.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="targetGroup"
          label={t('surveys.need.targetGroup')}
          rules={[{ required: true, message: t('surveys.need.targetGroupRequired') }]}
        >
          <Select
            options={NEED_TARGET_GROUPS.map((g) => ({
              value: g,
              label: t(`surveys.need.targetGroups.${g}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
