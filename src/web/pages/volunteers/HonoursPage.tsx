import { TrophyOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Radio,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { usePermissions } from '../../hooks/usePermissions';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import type { RankingView } from './api';
import { useCommend, useCommendations, useRankings } from './useVolunteers';
import { VolunteerPicker } from './VolunteerPicker';
import { VolunteerTabs } from './VolunteerTabs';

type By = RankingView['by'];

// 表扬与排行: monthly or yearly rankings by volunteer, team or community, and the period's commendations.
export const HonoursPage = () => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const canManage = can('volunteers.manage');
  const [unit, setUnit] = useState<'month' | 'year'>('month');
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [by, setBy] = useState<By>('volunteer');
  const [commending, setCommending] = useState(false);
  const period = unit === 'month' ? day.format('YYYY-MM') : day.format('YYYY');
  const rankings = useRankings(period, by);
  const commendations = useCommendations(period);

  return (
    <>
      <PageHeader
        title={t('volunteers.title')}
        description={t('volunteers.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<TrophyOutlined />} onClick={() => setCommending(true)}>
              {t('volunteers.honours.commend')}
            </Button>
          ) : null
        }
      />
      <VolunteerTabs />
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group
          optionType="button"
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          options={[
            { value: 'month', label: t('volunteers.honours.month') },
            { value: 'year', label: t('volunteers.honours.year') },
          ]}
        />
        <DatePicker
          picker={unit}
          value={day}
          allowClear={false}
          onChange={(next) => next && setDay(next)}
          aria-label={t('volunteers.honours.period')}
        />
        <Segmented<By>
          value={by}
          onChange={setBy}
          options={(['volunteer', 'team', 'community'] as const).map((b) => ({
            value: b,
            label: t(`volunteers.honours.by.${b}`),
          }))}
        />
      </Space>
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
        }}
      >
        <Card size="small" title={t('volunteers.honours.rankings')} style={{ minWidth: 0 }}>
          <Table
            size="small"
            rowKey="id"
            loading={rankings.isPending}
            dataSource={rankings.data?.items ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('volunteers.honours.empty')} />
              ),
            }}
            columns={[
              {
                title: t('volunteers.honours.rank'),
                dataIndex: 'rank',
                width: 64,
                render: (rank: number) =>
                  rank <= 3 ? <Tag color={['gold', 'default', 'orange'][rank - 1]}>{rank}</Tag> : rank,
              },
              { title: t('volunteers.honours.name'), dataIndex: 'name' },
              { title: t('volunteers.honours.hours'), dataIndex: 'hours', align: 'right' },
              { title: t('volunteers.honours.points'), dataIndex: 'pointsEarned', align: 'right' },
            ]}
          />
        </Card>
        <Card size="small" title={t('volunteers.honours.commendations')} style={{ minWidth: 0 }}>
          <List
            size="small"
            loading={commendations.isPending}
            dataSource={commendations.data?.items ?? []}
            locale={{ emptyText: t('volunteers.honours.noCommendations') }}
            renderItem={(c) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <Typography.Text strong>{c.volunteerName}</Typography.Text>
                      <Tag color="gold">{c.title}</Tag>
                    </Space>
                  }
                  description={`${c.reason}${c.reason ? ' · ' : ''}${t('volunteers.honours.createdBy')}：${c.createdBy}`}
                />
              </List.Item>
            )}
          />
        </Card>
      </div>
      {canManage ? (
        <CommendModal open={commending} period={period} onClose={() => setCommending(false)} />
      ) : null}
    </>
  );
};

type CommendValues = { volunteerId?: string; title: string; reason?: string; grantPriority: boolean };

const CommendModal = ({ open, period, onClose }: { open: boolean; period: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommendValues>();
  const showErrors = useServerFormErrors(form);
  const commend = useCommend();
  return (
    <FormModal
      open={open}
      title={`${t('volunteers.honours.commendTitle')} · ${period}`}
      form={form}
      pending={commend.isPending}
      onClose={onClose}
      destroyOnHidden
    >
      <Form<CommendValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ grantPriority: false }}
        onFinish={(v) =>
          commend.mutate(
            {
              volunteerId: v.volunteerId ?? '',
              period,
              title: v.title.trim(),
              reason: v.reason?.trim() ?? '',
              grantPriority: v.grantPriority,
            },
            {
              onSuccess: (created) => {
                void message.success(t('volunteers.honours.commended', { points: created.pointsAwarded }));
                onClose();
              },
              onError: showErrors,
            },
          )
        }
      >
        <Form.Item
          name="volunteerId"
          label={t('volunteers.honours.volunteer')}
          rules={[{ required: true, message: t('volunteers.honours.volunteerRequired') }]}
        >
          <VolunteerPicker />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('volunteers.honours.titleLabel')}
          rules={[{ required: true, whitespace: true, message: t('volunteers.honours.titleRequired') }]}
        >
          <Input maxLength={60} placeholder={t('volunteers.honours.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="reason" label={t('volunteers.honours.reason')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="grantPriority" valuePropName="checked">
          <Checkbox>{t('volunteers.honours.grantPriority')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
};
