import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { ROUTE_TARGETS, type RouteTarget } from './api';
import { useRouteSuggestion } from './useSuggestions';

type Values = { to: RouteTarget; name: string };

// 转办: to a compound's owners' committee, the property manager, a grid worker or staff, by name.
export const RouteModal = ({ id, open, onClose }: { id: string; open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const route = useRouteSuggestion();
  const onFinish = (values: Values) =>
    route.mutate(
      { id, to: values.to, name: values.name.trim() },
      {
        onSuccess: () => {
          void message.success(t('suggestions.actions.routed'));
          form.resetFields();
          onClose();
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  return (
    <FormModal
      title={t('suggestions.routeForm.title')}
      open={open}
      form={form}
      pending={route.isPending}
      onClose={onClose}
      okText={t('suggestions.actions.route')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="to"
          label={t('suggestions.routeForm.to')}
          rules={[{ required: true, message: t('suggestions.routeForm.toRequired') }]}
        >
          <Select
            options={ROUTE_TARGETS.map((target) => ({
              value: target,
              label: t(`suggestions.routeTargets.${target}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('suggestions.routeForm.name')}
          rules={[{ required: true, whitespace: true, message: t('suggestions.routeForm.nameRequired') }]}
        >
          <Input maxLength={60} placeholder={t('suggestions.routeForm.namePlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
