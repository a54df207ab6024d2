import { Alert, App, Descriptions, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import type { PointsAccountRow } from '../points/api';
import { usePointsAccounts } from '../points/usePoints';
import type { ShopItem } from './api';
import { useCollectRedemption, useRedeem, useShopItems } from './useShop';

type Values = { volunteerId: string; itemId: string; quantity: number };

// 柜台兑换: staff redeem for a volunteer standing at the counter, then hand the item over at once if it is there.
export const CounterRedeemModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const [search, setSearch] = useState<string | undefined>();
  const accounts = usePointsAccounts({ q: search, page: 1, pageSize: 20 }, open);
  const items = useShopItems({ status: 'listed', page: 1, pageSize: 100 });
  const redeem = useRedeem();
  const collect = useCollectRedemption();
  const volunteerId = Form.useWatch('volunteerId', form);
  const itemId = Form.useWatch('itemId', form);
  const quantity = Form.useWatch('quantity', form) ?? 1;
  const [picked, setPicked] = useState<PointsAccountRow | null>(null);
  const volunteer = picked && picked.volunteerId === volunteerId ? picked : null;
  const item: ShopItem | undefined = items.data?.items.find((i) => i.id === itemId);
  const cost = item ? item.pricePoints * quantity : 0;

  const handOver = (redemptionId: string, name: string) =>
    modal.confirm({
      title: t('shop.counter.redeemed'),
      content: t('shop.counter.handOverNow', { name }),
      okText: t('shop.redemptions.collect'),
      cancelText: t('shop.counter.later'),
      onOk: () =>
        collect
          .mutateAsync(redemptionId)
          .then(() => void message.success(t('shop.redemptions.collected')))
          .catch((error: unknown) => void message.error(errorText(error))),
    });

  const submit = (values: Values) =>
    redeem.mutate(
      { itemId: values.itemId, quantity: values.quantity, volunteerId: values.volunteerId },
      {
        onSuccess: (redemption) => {
          onClose();
          handOver(redemption.id, item?.name ?? '');
        },
        onError: showErrors,
      },
    );

  return (
    <FormModal
      form={form}
      open={open}
      title={t('shop.counter.title')}
      okText={t('shop.counter.ok')}
      pending={redeem.isPending}
      destroyOnHidden
      // The next opening (for another item) starts from empty fields, not from this one's.
      afterClose={() => form.resetFields()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="counter-redeem"
        initialValues={{ quantity: 1 }}
        onFinish={submit}
      >
        <Form.Item
          name="volunteerId"
          label={t('shop.counter.volunteer')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('shop.counter.volunteer') }) },
          ]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: (q) => setSearch(q.trim() || undefined) }}
            placeholder={t('shop.counter.volunteerPlaceholder')}
            loading={accounts.isFetching}
            notFoundContent={t('shop.counter.noVolunteer')}
            onChange={(id: string) =>
              setPicked(accounts.data?.items.find((a) => a.volunteerId === id) ?? null)
            }
            options={(accounts.data?.items ?? []).map((a) => ({
              value: a.volunteerId,
              label: t('shop.counter.volunteerOption', {
                name: a.volunteerName,
                number: a.volunteerNo,
                n: a.available,
              }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="itemId"
          label={t('shop.counter.item')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('shop.counter.item') }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('shop.counter.itemPlaceholder')}
            loading={items.isFetching}
            options={(items.data?.items ?? []).map((i) => ({
              value: i.id,
              disabled: i.stock === 0,
              label: t('shop.counter.itemOption', { name: i.name, price: i.pricePoints, stock: i.stock }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('shop.counter.quantity')}
          rules={[{ required: true, message: t('common.required', { field: t('shop.counter.quantity') }) }]}
        >
          <InputNumber min={1} max={item?.perPersonLimit ?? 100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {volunteer || item ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            ...(volunteer
              ? [
                  {
                    key: 'available',
                    label: t('shop.counter.available'),
                    children: t('shop.pointsN', { n: volunteer.available }),
                  },
                ]
              : []),
            ...(item
              ? [
                  { key: 'cost', label: t('shop.counter.cost'), children: t('shop.pointsN', { n: cost }) },
                  {
                    key: 'limit',
                    label: t('shop.items.limit'),
                    children: item.perPersonLimit ?? t('shop.noLimit'),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      {volunteer && item && cost > volunteer.available ? (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('shop.counter.short')} />
      ) : null}
    </FormModal>
  );
};
