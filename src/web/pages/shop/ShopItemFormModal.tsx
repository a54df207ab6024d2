import { Col, DatePicker, Form, Input, InputNumber, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import type { ItemKind, ShopItem } from './api';
import { useSaveShopItem } from './useShop';

type Values = {
  name: string;
  kind: ItemKind;
  description?: string;
  donorName?: string;
  value: string;
  pricePoints: number;
  stock: number;
  perPersonLimit?: number | null;
  window?: [Dayjs | null, Dayjs | null] | null;
};

const YUAN = /^\d{1,7}(\.\d{1,2})?$/;

// 新增 / 编辑物品. Stock is set once when the item is added; after that only 补货, redemptions and 盘点 move it.
export const ShopItemFormModal = ({
  open,
  item,
  onClose,
}: {
  open: boolean;
  item: ShopItem | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveShopItem();
  const saveThenClose = useSaveThenClose(form, onClose);
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  const initialValues: Partial<Values> = item
    ? {
        name: item.name,
        kind: item.kind,
        description: item.description,
        donorName: item.donorName,
        value: item.value,
        pricePoints: item.pricePoints,
        perPersonLimit: item.perPersonLimit,
        stock: item.stock,
        window: [
          item.availableFrom ? dayjs(item.availableFrom) : null,
          item.availableUntil ? dayjs(item.availableUntil) : null,
        ],
      }
    : { kind: 'goods', value: '0.00', stock: 1 };

  const submit = (values: Values) => {
    const [from, until] = values.window ?? [null, null];
    save.mutate(
      {
        id: item?.id,
        stock: values.stock,
        input: {
          name: values.name.trim(),
          kind: values.kind,
          description: values.description?.trim() ?? '',
          donorName: values.donorName?.trim() ?? '',
          value: Number(values.value).toFixed(2),
          pricePoints: values.pricePoints,
          perPersonLimit: values.perPersonLimit ?? null,
          availableFrom: from ? from.startOf('day').toISOString() : null,
          availableUntil: until ? until.endOf('day').toISOString() : null,
        },
      },
      saveThenClose(item ? t('common.saved') : t('shop.items.added')),
    );
  };

  return (
    <FormModal
      form={form}
      open={open}
      width={640}
      title={item ? t('shop.items.editTitle', { name: item.name }) : t('shop.items.add')}
      pending={save.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="shop-item"
        initialValues={initialValues}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label={t('shop.items.name')}
              rules={[required(t('shop.items.name')), { max: 60 }]}
            >
              <Input maxLength={60} placeholder={t('shop.items.namePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('shop.items.kind')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'goods', label: t('shop.kinds.goods') },
                  { value: 'service', label: t('shop.kinds.service') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('shop.items.description')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('shop.items.descriptionPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="donorName" label={t('shop.items.donor')} rules={[{ max: 60 }]}>
              <Input maxLength={60} placeholder={t('shop.items.donorPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="value"
              label={t('shop.items.valueYuan')}
              rules={[
                required(t('shop.items.valueYuan')),
                { pattern: YUAN, message: t('shop.items.valueInvalid') },
              ]}
            >
              <Input prefix="¥" inputMode="decimal" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="pricePoints"
              label={t('shop.items.price')}
              rules={[required(t('shop.items.price'))]}
            >
              <InputNumber
                min={1}
                max={1000000}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('shop.points')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="stock"
              label={t('shop.items.initialStock')}
              rules={item ? [] : [required(t('shop.items.initialStock'))]}
              extra={item ? t('shop.items.stockHint') : undefined}
            >
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} disabled={!!item} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="perPersonLimit" label={t('shop.items.limit')} extra={t('shop.items.limitHint')}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="window" label={t('shop.items.window')} extra={t('shop.items.windowHint')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
