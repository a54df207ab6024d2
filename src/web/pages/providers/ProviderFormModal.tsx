import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { mobilePattern } from '../../../core/mobile';
import type { Provider } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useSaveProvider } from './useProviders';

// 统一社会信用代码: registration authority, division code, then the organization code.
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

type Values = { name: string; creditCode?: string; contactName?: string; contactPhone?: string };

// `provider` null with open = create; a provider = edit.
export const ProviderFormModal = ({
  open,
  provider,
  onClose,
}: {
  open: boolean;
  provider: Provider | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const mutation = useSaveProvider();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (provider) {
      form.setFieldsValue({
        name: provider.name,
        creditCode: provider.creditCode ?? undefined,
        contactName: provider.contactName ?? undefined,
        contactPhone: provider.contactPhone ?? undefined,
      });
    }
  }, [open, provider, form]);

  const clean = (value?: string) => value?.trim() || undefined;

  return (
    <FormModal
      form={form}
      open={open}
      title={provider ? t('providers.editTitle') : t('providers.createTitle')}
      okText={provider ? t('common.save') : t('common.create')}
      pending={mutation.isPending}
      forceRender
      onClose={onClose}
    >
      <Form
        name="provider-form"
        form={form}
        layout="vertical"
        onFinish={(values) =>
          mutation.mutate(
            {
              id: provider?.id ?? null,
              input: {
                name: values.name.trim(),
                creditCode: clean(values.creditCode)?.toUpperCase(),
                contactName: clean(values.contactName),
                contactPhone: clean(values.contactPhone),
              },
            },
            saved(provider ? t('common.saved') : t('common.created')),
          )
        }
      >
        <Form.Item
          name="name"
          label={t('providers.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('providers.name') }),
            },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('providers.creditCode')}
          rules={[{ pattern: CREDIT_CODE, message: t('providers.creditCodePattern') }]}
        >
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item name="contactName" label={t('providers.contactName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('providers.contactPhone')}
          rules={[{ pattern: mobilePattern, message: t('providers.contactPhonePattern') }]}
        >
          <Input inputMode="numeric" maxLength={11} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
