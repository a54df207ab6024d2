import { Alert, App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type NeedCategory,
  type NeedPriority,
  type NeedTargetGroup,
  needCategoryLabels,
  needPriorityLabels,
  needTargetGroupLabels,
} from '../../../core/needs/contract';
import { FormModal } from '../../components/FormModal';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { useSuggestionToNeed } from './useSuggestions';

type Values = {
  title: string;
  category: NeedCategory;
  targetGroup: NeedTargetGroup;
  priority: NeedPriority;
  description: string;
};

const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

// 转为需求: the suggestion joins the needs list as the source of a new need; its author hears of the result.
export const NeedModal = ({
  id,
  open,
  initial,
  onClose,
}: {
  id: string;
  open: boolean;
  initial: { title: string; description: string };
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const toNeed = useSuggestionToNeed();
  const showServerErrors = useServerFormErrors(form);
  const onFinish = (values: Values) =>
    toNeed.mutate(
      { id, input: { ...values, title: values.title.trim(), description: values.description?.trim() ?? '' } },
      {
        onSuccess: () => {
          void message.success(t('suggestions.actions.needRaised'));
          onClose();
        },
        onError: showServerErrors,
      },
    );
  return (
    <FormModal
      title={t('suggestions.needForm.title')}
      open={open}
      form={form}
      pending={toNeed.isPending}
      onClose={onClose}
      okText={t('suggestions.needForm.ok')}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('suggestions.needForm.hint')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ ...initial, priority: 'normal' }}
        requiredMark={false}
      >
        <Form.Item
          name="title"
          label={t('suggestions.needForm.needTitle')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('suggestions.needForm.titleRequired') },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('suggestions.needForm.category')}
          rules={[{ required: true, message: t('suggestions.needForm.categoryRequired') }]}
        >
          <Select options={optionsOf(needCategoryLabels)} />
        </Form.Item>
        <Form.Item
          name="targetGroup"
          label={t('suggestions.needForm.targetGroup')}
          rules={[{ required: true, message: t('suggestions.needForm.targetGroupRequired') }]}
        >
          <Select options={optionsOf(needTargetGroupLabels)} />
        </Form.Item>
        <Form.Item name="priority" label={t('suggestions.needForm.priority')}>
          <Select options={optionsOf(needPriorityLabels)} />
        </Form.Item>
        <Form.Item name="description" label={t('suggestions.needForm.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
