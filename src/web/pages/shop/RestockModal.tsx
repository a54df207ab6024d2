import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import type { ShopItem } from './api';
import { useRestock } from './useShop';

type Values = { quantity: number; reason: string };

// 补货: new stock arrives on the shelf; the reason (e.g. who donated it) goes to the audit log.
export const RestockModal = ({ item, onClose }: { item: ShopItem | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const restock = useRestock();
  const saveThenClose = useSaveThenClose(form, onClose);
  return (
    <FormModal
      form={form}
      open={!!item}
      title={t('shop.restock.title', { name: item?.name ?? '' })}
      okText={t('shop.restock.ok')}
      pending={restock.isPending}
      destroyOnHidden
      // The next opening (for another item) starts from empty fields, not from this one's.
      afterClose={() => form.resetFields()}
      onClose={onClose}
    >
      <div style={{ marginBottom: 16, color: '#595959' }}>
        {t('shop.restock.current', { n: item?.stock ?? 0 })}
      </div>
      <Form<Values>
        form={form}
        layout="vertical"
        name="restock"
        onFinish={(values) =>
          item &&
          restock.mutate(
            { id: item.id, quantity: values.quantity, reason: values.reason.trim() },
            saveThenClose(t('shop.restock.done')),
          )
        }
      >
        <Form.Item
          name="quantity"
          label={t('shop.restock.quantity')}
          rules={[{ required: true, message: t('common.required', { field: t('shop.restock.quantity') }) }]}
        >
          <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('shop.restock.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('shop.restock.reason') }),
            },
            { max: 200 },
          ]}
        >
          <Input placeholder={t('shop.restock.reasonPlaceholder')} maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
