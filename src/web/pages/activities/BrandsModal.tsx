import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../api/brands';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { useBrands, useCreateBrand, useDeleteBrand } from './useBrands';

// 品牌管理: the unit's brands and those it inherits from above; the unit adds and removes its own.
export const BrandsModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { can } = usePermissions();
  const manage = can(PERMISSIONS.brandsManage);
  const { data: brands = [], isPending } = useBrands();
  const create = useCreateBrand();
  const remove = useDeleteBrand();
  const [form] = Form.useForm<{ name: string }>();
  const showErrors = useServerFormErrors(form);

  const add = ({ name }: { name: string }) =>
    create.mutate(
      { name },
      {
        onSuccess: (brand) => {
          form.resetFields();
          message.success(t('activities.brands.added', { name: brand.name }));
        },
        onError: showErrors,
      },
    );

  const columns: ColumnsType<Brand> = [
    { title: t('activities.brands.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('activities.brands.unit'),
      key: 'unit',
      render: (_, b) => (
        <Space size={4}>
          {b.orgUnitName}
          {b.owned ? null : <Tag>{t('activities.brands.fromAbove')}</Tag>}
        </Space>
      ),
    },
    { title: t('activities.brands.activities'), dataIndex: 'activities', key: 'activities', align: 'right' },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, b: Brand) =>
              b.owned ? (
                <Popconfirm
                  title={t('activities.brands.deleteTitle', { name: b.name })}
                  description={t('activities.brands.deleteHint')}
                  okText={t('activities.brands.delete')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutateAsync(b.id).then(
                      () => void message.success(t('activities.brands.deleted', { name: b.name })),
                      (error: unknown) => void message.error(errorText(error)),
                    )
                  }
                >
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={`${t('activities.brands.delete')} ${b.name}`}
                  />
                </Popconfirm>
              ) : null,
          } satisfies ColumnsType<Brand>[number],
        ]
      : []),
  ];

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      title={t('activities.brands.title')}
      width={mobile ? undefined : 640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('activities.brands.hint')}</Typography.Paragraph>
      {manage ? (
        <Form form={form} layout="inline" onFinish={add} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item
            name="name"
            rules={[{ required: true, whitespace: true, message: t('activities.brands.nameRequired') }]}
            style={{ flex: 1, minWidth: 180 }}
          >
            <Input placeholder={t('activities.brands.newName')} maxLength={30} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
            {t('activities.brands.add')}
          </Button>
        </Form>
      ) : null}
      <Table<Brand>
        rowKey="id"
        size="small"
        loading={isPending}
        columns={columns}
        dataSource={brands}
        pagination={brands.length > 10 ? { pageSize: 10, size: 'small' } : false}
        scroll={{ x: 480 }}
        data-testid="brands-table"
      />
    </Modal>
  );
};
