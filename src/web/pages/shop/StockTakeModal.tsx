import { Alert, Descriptions, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { bookQuantity, stockAfterCount } from '../../../core/shop/rules';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import type { ShopItem } from './api';
import { useTakeStock } from './useShop';

type Values = { countedQuantity: number | null; reason: string };

// 盘点: the count on the shelf against the books (stock + what open redemptions hold); a difference needs a reason.
export const StockTakeModal = ({ item, onClose }: { item: ShopItem | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const take = useTakeStock();
  const saveThenClose = useSaveThenClose(form, onClose);
  const counted = Form.useWatch('countedQuantity', form);
  const book = item ? bookQuantity(item.stock, item.heldQuantity) : 0;
  const belowHeld =
    typeof counted === 'number' && !!item && stockAfterCount(counted, item.heldQuantity) === null;
  const difference = typeof counted === 'number' ? counted - book : null;
  return (
    <FormModal
      form={form}
      open={!!item}
      title={t('shop.stockTake.title', { name: item?.name ?? '' })}
      okText={t('shop.stockTake.ok')}
      pending={take.isPending}
      destroyOnHidden
      // The next opening (for another item) starts from empty fields, not from this one's.
      afterClose={() => form.resetFields()}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'book', label: t('shop.stockTake.book'), children: book },
          { key: 'held', label: t('shop.stockTake.held'), children: item?.heldQuantity ?? 0 },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        name="stock-take"
        onFinish={(values) =>
          item &&
          values.countedQuantity !== null &&
          take.mutate(
            { id: item.id, countedQuantity: values.countedQuantity, reason: values.reason?.trim() ?? '' },
            saveThenClose(t('shop.stockTake.done')),
          )
        }
      >
        <Form.Item
          name="countedQuantity"
          label={t('shop.stockTake.counted')}
          rules={[{ required: true, message: t('common.required', { field: t('shop.stockTake.counted') }) }]}
        >
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {belowHeld ? (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('shop.stockTake.belowHeld')} />
        ) : difference !== null ? (
          <Alert
            type={difference === 0 ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="stock-take-difference"
            title={
              difference === 0
                ? t('shop.stockTake.matches')
                : t('shop.stockTake.difference', { n: difference > 0 ? `+${difference}` : `${difference}` })
            }
          />
        ) : null}
        <Form.Item
          name="reason"
          label={t('shop.stockTake.reason')}
          rules={[
            {
              required: difference !== null && difference !== 0,
              whitespace: true,
              message: t('shop.stockTake.reasonRequired'),
            },
            { max: 200 },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} placeholder={t('shop.stockTake.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
