import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { formatMinute } from '../activities/activityTime';
import type { Position, Shift } from './records-api';
import {
  useCheckShift,
  useDeletePosition,
  usePositions,
  useSavePosition,
  useShifts,
} from './useServiceRecords';

// 志愿岗位 on an activity: its positions (title, places, time, content), and each one's roster with 签到 / 签退.
export const ActivityPositionsTab = ({
  activityId,
  canManage,
}: {
  activityId: string;
  canManage: boolean;
}) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const { data, isPending } = usePositions(activityId);
  const remove = useDeletePosition();
  const [editing, setEditing] = useState<Position | 'new' | null>(null);

  const confirmDelete = (p: Position) =>
    modal.confirm({
      title: t('volunteers.positions.deleteTitle', { title: p.title }),
      okText: t('volunteers.positions.delete'),
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(p.id)
          .then(() => void message.success(t('volunteers.positions.deleted')))
          .catch((err: unknown) => void message.error(errorText(err))),
    });

  if (isPending) return <Spin />;
  const items = data?.items ?? [];
  return (
    <>
      {canManage ? (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          style={{ marginBottom: 12 }}
        >
          {t('volunteers.positions.add')}
        </Button>
      ) : null}
      {items.length === 0 ? <Empty description={t('volunteers.positions.empty')} /> : null}
      {/* minmax(0, 1fr): a card never grows to its roster table's width; the table scrolls inside. */}
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        {items.map((p) => (
          <Card
            key={p.id}
            size="small"
            data-testid="volunteer-position"
            // On a phone the title and its tags wrap instead of running off the screen.
            styles={{ header: { paddingBlock: 8 }, title: { whiteSpace: 'normal' } }}
            title={
              <Space wrap>
                <span>{p.title}</span>
                <Tag color={p.filled >= p.count ? 'red' : 'green'}>
                  {t('volunteers.positions.filled')} {p.filled}/{p.count}
                </Tag>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {formatMinute(p.startsAt)} – {formatMinute(p.endsAt).slice(-5)}
                </Typography.Text>
              </Space>
            }
            extra={
              canManage ? (
                <Space size={4}>
                  <Button size="small" onClick={() => setEditing(p)}>
                    {t('volunteers.positions.edit')}
                  </Button>
                  <Button size="small" danger onClick={() => confirmDelete(p)}>
                    {t('volunteers.positions.delete')}
                  </Button>
                </Space>
              ) : null
            }
          >
            {p.content || p.place ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {[p.place, p.content].filter(Boolean).join(' · ')}
              </Typography.Paragraph>
            ) : null}
            <Roster positionId={p.id} canManage={canManage} />
          </Card>
        ))}
      </div>
      {canManage ? (
        <PositionFormModal activityId={activityId} editing={editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
};

const Roster = ({ positionId, canManage }: { positionId: string; canManage: boolean }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { data, isPending } = useShifts(positionId);
  const check = useCheckShift();
  const step = (shift: Shift, next: 'check-in' | 'check-out') =>
    check.mutate({ id: shift.id, step: next }, { onError: (err) => void message.error(errorText(err)) });
  return (
    <Table<Shift>
      size="small"
      rowKey="id"
      loading={isPending}
      dataSource={(data?.items ?? []).filter((s) => s.status === 'signedUp')}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('volunteers.positions.rosterEmpty') }}
      columns={[
        { title: t('volunteers.columns.name'), dataIndex: 'volunteerName' },
        { title: t('volunteers.columns.volunteerNo'), dataIndex: 'volunteerNo' },
        {
          title: t('volunteers.positions.roster'),
          key: 'times',
          render: (_, s) => (
            <Space size={4} wrap>
              {s.checkedInAt ? (
                <Tag color="blue">
                  {t('volunteers.positions.checkedIn', { time: formatMinute(s.checkedInAt).slice(-5) })}
                </Tag>
              ) : (
                <Tag>{t('volunteers.positions.notCheckedIn')}</Tag>
              )}
              {s.checkedOutAt ? (
                <Tag color="green">
                  {t('volunteers.positions.checkedOut', { time: formatMinute(s.checkedOutAt).slice(-5) })}
                </Tag>
              ) : null}
            </Space>
          ),
        },
        ...(canManage
          ? [
              {
                title: '',
                key: 'actions',
                render: (_: unknown, s: Shift) =>
                  !s.checkedInAt ? (
                    <Button
                      size="small"
                      type="primary"
                      loading={check.isPending && check.variables?.id === s.id}
                      onClick={() => step(s, 'check-in')}
                    >
                      {t('volunteers.positions.checkIn')}
                    </Button>
                  ) : !s.checkedOutAt ? (
                    <Button
                      size="small"
                      loading={check.isPending && check.variables?.id === s.id}
                      onClick={() => step(s, 'check-out')}
                    >
                      {t('volunteers.positions.checkOut')}
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
};

type PositionValues = {
  title: string;
  count: number;
  time: [Dayjs, Dayjs];
  place?: string;
  content?: string;
};

const PositionFormModal = ({
  activityId,
  editing,
  onClose,
}: {
  activityId: string;
  editing: Position | 'new' | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PositionValues>();
  const showErrors = useServerFormErrors(form);
  const save = useSavePosition(activityId);
  const existing = editing && editing !== 'new' ? editing : null;
  return (
    <FormModal
      open={!!editing}
      title={existing ? existing.title : t('volunteers.positions.formTitle')}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      destroyOnHidden
    >
      <Form<PositionValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          title: existing?.title ?? '',
          count: existing?.count ?? 2,
          time: existing ? [dayjs(existing.startsAt), dayjs(existing.endsAt)] : undefined,
          place: existing?.place ?? '',
          content: existing?.content ?? '',
        }}
        onFinish={(v) => {
          const fields = {
            title: v.title.trim(),
            count: v.count,
            place: v.place?.trim() ?? '',
            content: v.content?.trim() ?? '',
          };
          save.mutate(
            existing
              ? { id: existing.id, input: fields }
              : { input: { ...fields, startsAt: v.time[0].toISOString(), endsAt: v.time[1].toISOString() } },
            {
              onSuccess: () => {
                void message.success(t('volunteers.positions.saved'));
                onClose();
              },
              onError: showErrors,
            },
          );
        }}
      >
        <Form.Item
          name="title"
          label={t('volunteers.positions.title')}
          rules={[{ required: true, whitespace: true, message: t('volunteers.positions.titleRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="count" label={t('volunteers.positions.count')} rules={[{ required: true }]}>
          <InputNumber min={1} max={500} />
        </Form.Item>
        <Form.Item
          name="time"
          label={t('volunteers.positions.time')}
          rules={[{ required: true, message: t('volunteers.positions.timeRequired') }]}
          extra={existing ? t('volunteers.positions.timeFixed') : undefined}
        >
          <DatePicker.RangePicker
            disabled={!!existing}
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="place" label={t('volunteers.positions.place')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label={t('volunteers.positions.content')}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
