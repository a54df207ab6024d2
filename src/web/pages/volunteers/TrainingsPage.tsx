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
  Select,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { TRAINER_KINDS, type TrainerKind, type TrainingView } from './api';
import {
  useDeleteTraining,
  useSaveTraining,
  useTrainingChain,
  useTrainings,
  useVolunteerList,
} from './useVolunteers';
import { VolunteerPicker } from './VolunteerPicker';
import { VolunteerTabs } from './VolunteerTabs';

// 培训: the unit's training sessions and the chain 社工教骨干、骨干带全员.
export const TrainingsPage = () => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const canManage = can('volunteers.manage');
  const [editing, setEditing] = useState<TrainingView | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('volunteers.title')}
        description={t('volunteers.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('volunteers.trainings.add')}
            </Button>
          ) : null
        }
      />
      <VolunteerTabs />
      <PageCard>
        <Tabs
          destroyOnHidden
          items={[
            {
              key: 'list',
              label: t('volunteers.trainings.list'),
              children: <TrainingList canManage={canManage} onEdit={setEditing} />,
            },
            { key: 'chain', label: t('volunteers.trainings.chain'), children: <TrainingChainView /> },
          ]}
        />
      </PageCard>
      {canManage ? <TrainingFormModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};

const TrainingList = ({
  canManage,
  onEdit,
}: {
  canManage: boolean;
  onEdit: (training: TrainingView) => void;
}) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const [trainerKind, setTrainerKind] = useState<TrainerKind | undefined>();
  const { data, isPending } = useTrainings({ trainerKind });
  const remove = useDeleteTraining();
  const confirmDelete = (training: TrainingView) =>
    modal.confirm({
      title: t('volunteers.trainings.deleteTitle', { topic: training.topic }),
      okText: t('volunteers.trainings.delete'),
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(training.id)
          .then(() => void message.success(t('volunteers.trainings.deleted')))
          .catch((err: unknown) => void message.error(errorText(err))),
    });
  const items = data?.items ?? [];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('volunteers.trainings.filterKind')}
          placeholder={t('volunteers.trainings.filterKind')}
          value={trainerKind}
          onChange={setTrainerKind}
          options={TRAINER_KINDS.map((k) => ({ value: k, label: t(`volunteers.trainings.kinds.${k}`) }))}
          style={{ width: 160 }}
        />
        <Typography.Text type="secondary">
          {t('volunteers.trainings.total', { total: items.length })}
        </Typography.Text>
      </Space>
      <Table<TrainingView>
        size="middle"
        rowKey="id"
        loading={isPending}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('volunteers.trainings.empty')} /> }}
        columns={[
          { title: t('volunteers.trainings.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('volunteers.trainings.topic'), dataIndex: 'topic' },
          {
            title: t('volunteers.trainings.trainerName'),
            key: 'trainer',
            render: (_, tr) => (
              <Space size={4} wrap={false}>
                <Tag
                  color={
                    tr.trainerKind === 'socialWorker'
                      ? 'purple'
                      : tr.trainerKind === 'backbone'
                        ? 'blue'
                        : 'default'
                  }
                >
                  {t(`volunteers.trainings.kinds.${tr.trainerKind}`)}
                </Tag>
                {tr.trainerName}
              </Space>
            ),
          },
          {
            title: t('volunteers.trainings.duration'),
            dataIndex: 'durationMinutes',
            align: 'right',
            responsive: ['md'],
          },
          { title: t('volunteers.trainings.place'), dataIndex: 'place', responsive: ['lg'] },
          {
            title: t('volunteers.trainings.attendees'),
            key: 'attendees',
            render: (_, tr) => (
              <Typography.Text
                ellipsis={{ tooltip: tr.attendees.map((a) => a.name).join('、') }}
                style={{ maxWidth: 240 }}
              >
                {t('volunteers.trainings.attendeeCount', { count: tr.attendees.length })}：
                {tr.attendees.map((a) => a.name).join('、')}
              </Typography.Text>
            ),
          },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, tr: TrainingView) => (
                    <Space size={4} wrap={false}>
                      <Button size="small" onClick={() => onEdit(tr)}>
                        {t('volunteers.trainings.edit')}
                      </Button>
                      <Button size="small" danger onClick={() => confirmDelete(tr)}>
                        {t('volunteers.trainings.delete')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
};

const TrainingChainView = () => {
  const { t } = useTranslation();
  const { data, isPending } = useTrainingChain();
  if (isPending) return <Spin />;
  const items = data?.items ?? [];
  if (items.length === 0) return <Empty description={t('volunteers.trainings.chainEmpty')} />;
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {items.map(({ training, backbones }) => (
        <Card
          key={training.id}
          size="small"
          title={
            <Space wrap>
              <Tag color="purple">{t('volunteers.trainings.kinds.socialWorker')}</Tag>
              <span>{training.topic}</span>
              <Typography.Text type="secondary">
                {training.heldOn} · {training.trainerName}
              </Typography.Text>
            </Space>
          }
        >
          <Timeline
            items={backbones.map((b) => ({
              key: b.volunteerId,
              color: b.ledTrainings.length ? 'blue' : 'gray',
              content: (
                <div>
                  <Typography.Text strong>
                    {t('volunteers.trainings.chainBackbone', { name: b.name })}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {b.ledTrainings.length
                      ? t('volunteers.trainings.chainLed', { count: b.ledTrainings.length })
                      : t('volunteers.trainings.chainNoLed')}
                  </Typography.Text>
                  {b.ledTrainings.map((led) => (
                    <div key={led.id} style={{ marginTop: 4, paddingInlineStart: 12 }}>
                      {led.heldOn} · {led.topic} ·{' '}
                      {t('volunteers.trainings.attendeeCount', { count: led.attendees.length })}：
                      {led.attendees.map((a) => a.name).join('、')}
                    </div>
                  ))}
                </div>
              ),
            }))}
          />
        </Card>
      ))}
    </div>
  );
};

type TrainingValues = {
  topic: string;
  trainerKind: TrainerKind;
  trainerName?: string;
  trainerVolunteerId?: string;
  heldOn: Dayjs;
  durationMinutes: number;
  place?: string;
  attendeeIds: string[];
};

const TrainingFormModal = ({
  editing,
  onClose,
}: {
  editing: TrainingView | 'new' | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TrainingValues>();
  const showErrors = useServerFormErrors(form);
  const save = useSaveTraining();
  const trainerKind = Form.useWatch('trainerKind', form);
  // Attendees come from the unit's active volunteers (a community has a few hundred at most).
  const volunteers = useVolunteerList({ status: 'active', page: 1, pageSize: 200 });
  const existing = editing && editing !== 'new' ? editing : null;
  return (
    <FormModal
      open={!!editing}
      title={existing ? existing.topic : t('volunteers.trainings.add')}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<TrainingValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          topic: existing?.topic ?? '',
          trainerKind: existing?.trainerKind ?? 'socialWorker',
          trainerName: existing?.trainerName ?? '',
          trainerVolunteerId: existing?.trainerVolunteerId ?? undefined,
          heldOn: existing ? dayjs(existing.heldOn) : dayjs(),
          durationMinutes: existing?.durationMinutes ?? 90,
          place: existing?.place ?? '',
          attendeeIds: existing?.attendees.map((a) => a.volunteerId) ?? [],
        }}
        onFinish={(v) =>
          save.mutate(
            {
              id: existing?.id,
              input: {
                topic: v.topic.trim(),
                trainerKind: v.trainerKind,
                trainerName: v.trainerKind === 'backbone' ? '' : (v.trainerName?.trim() ?? ''),
                trainerVolunteerId: v.trainerKind === 'backbone' ? (v.trainerVolunteerId ?? null) : null,
                heldOn: v.heldOn.format('YYYY-MM-DD'),
                durationMinutes: v.durationMinutes,
                place: v.place?.trim() ?? '',
                attendeeIds: v.attendeeIds,
              },
            },
            {
              onSuccess: () => {
                void message.success(t('volunteers.form.saved'));
                onClose();
              },
              onError: showErrors,
            },
          )
        }
      >
        <Form.Item
          name="topic"
          label={t('volunteers.trainings.topic')}
          rules={[{ required: true, whitespace: true, message: t('volunteers.trainings.topicRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="trainerKind" label={t('volunteers.trainings.trainerKind')} style={{ width: 160 }}>
            <Select
              options={TRAINER_KINDS.map((k) => ({ value: k, label: t(`volunteers.trainings.kinds.${k}`) }))}
            />
          </Form.Item>
          {trainerKind === 'backbone' ? (
            <Form.Item
              name="trainerVolunteerId"
              label={t('volunteers.trainings.trainerVolunteer')}
              style={{ flex: 1 }}
              rules={[{ required: true, message: t('volunteers.trainings.trainerVolunteerRequired') }]}
            >
              <VolunteerPicker volunteerRole="backbone" />
            </Form.Item>
          ) : (
            <Form.Item name="trainerName" label={t('volunteers.trainings.trainerName')} style={{ flex: 1 }}>
              <Input maxLength={50} />
            </Form.Item>
          )}
        </Space.Compact>
        <Space wrap>
          <Form.Item name="heldOn" label={t('volunteers.trainings.heldOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="durationMinutes"
            label={t('volunteers.trainings.duration')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={1440} step={30} />
          </Form.Item>
          <Form.Item name="place" label={t('volunteers.trainings.place')}>
            <Input maxLength={100} />
          </Form.Item>
        </Space>
        <Form.Item name="attendeeIds" label={t('volunteers.trainings.attendees')}>
          <Select
            mode="multiple"
            loading={volunteers.isPending}
            optionFilterProp="label"
            options={(volunteers.data?.items ?? []).map((v) => ({
              value: v.id,
              label: `${v.name}（${t(`volunteers.roles.${v.role}`)}）`,
            }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
