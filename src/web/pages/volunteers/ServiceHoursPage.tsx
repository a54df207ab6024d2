import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tabs,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { usePermissions } from '../../hooks/usePermissions';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ReasonModal } from './ReasonModal';
import { RecordsTable } from './RecordsTable';
import { exportRecords, RECORD_STATUSES, type RecordListQuery, type ServiceRecord } from './records-api';
import {
  useAnswerCorrection,
  useCorrections,
  useEnterRecord,
  useRecordList,
  useReviewRecord,
} from './useServiceRecords';
import { VolunteerPicker } from './VolunteerPicker';
import { VolunteerSettingsTab } from './VolunteerSettingsTab';
import { VolunteerTabs } from './VolunteerTabs';
import { hoursOf } from './VolunteerTags';

// 服务时长: the approval queue, all records, correction requests, entry outside activities, export.
export const ServiceHoursPage = () => {
  const mobile = useIsMobile();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('volunteers.manage');
  const [tab, setTab] = useState(canManage ? 'queue' : 'all');
  const [entering, setEntering] = useState(false);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [exporting, setExporting] = useState(false);

  const doExport = () => {
    setExporting(true);
    exportRecords({ from: range?.[0].format('YYYY-MM-DD'), to: range?.[1].format('YYYY-MM-DD') })
      .then(() => void message.success(t('volunteers.records.exported')))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setExporting(false));
  };

  // On a phone the period and the export sit above the tabs: beside them they would run off the screen.
  const toolbar = (
    <Space wrap>
      <PeriodPicker value={range} onChange={(next) => setRange(next as [Dayjs, Dayjs] | null)} />
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={doExport}>
        {t('volunteers.records.export')}
      </Button>
    </Space>
  );
  return (
    <>
      <PageHeader
        title={t('volunteers.title')}
        description={t('volunteers.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEntering(true)}>
              {t('volunteers.records.enter')}
            </Button>
          ) : null
        }
      />
      <VolunteerTabs />
      <PageCard>
        {mobile ? <div style={{ marginBottom: 8 }}>{toolbar}</div> : null}
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          tabBarExtraContent={mobile ? undefined : toolbar}
          items={[
            ...(canManage
              ? [{ key: 'queue', label: t('volunteers.records.queue'), children: <Queue /> }]
              : []),
            { key: 'all', label: t('volunteers.records.all'), children: <AllRecords range={range} /> },
            ...(canManage
              ? [
                  {
                    key: 'corrections',
                    label: t('volunteers.records.corrections'),
                    children: <Corrections />,
                  },
                ]
              : []),
            {
              key: 'settings',
              label: t('volunteers.settings.tab'),
              children: <VolunteerSettingsTab canManage={canManage} />,
            },
          ]}
        />
      </PageCard>
      {canManage ? <EnterRecordModal open={entering} onClose={() => setEntering(false)} /> : null}
    </>
  );
};

const Queue = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useRecordList({ status: 'proposed', ...page });
  const review = useReviewRecord();
  const [rejecting, setRejecting] = useState<ServiceRecord | null>(null);
  const [correcting, setCorrecting] = useState<ServiceRecord | null>(null);
  const done = (text: string) => () => {
    void message.success(text);
    setRejecting(null);
    setCorrecting(null);
  };
  const failed = (err: unknown) => void message.error(errorText(err));
  return (
    <>
      <RecordsTable
        list={list}
        page={page}
        onPage={(p, pageSize) => setPage({ page: p, pageSize })}
        emptyText={t('volunteers.records.queueEmpty')}
        actions={(r) => (
          <Space size={4} wrap={false}>
            <Button
              size="small"
              type="primary"
              data-testid="record-approve"
              onClick={() =>
                review.mutate(
                  { id: r.id, action: 'approve' },
                  { onSuccess: done(t('volunteers.records.approved')), onError: failed },
                )
              }
            >
              {t('volunteers.records.approve')}
            </Button>
            <Button size="small" onClick={() => setCorrecting(r)}>
              {t('volunteers.records.approveCorrected')}
            </Button>
            <Button size="small" danger onClick={() => setRejecting(r)}>
              {t('volunteers.records.reject')}
            </Button>
          </Space>
        )}
      />
      <ReasonModal
        open={!!rejecting}
        title={t('volunteers.records.rejectTitle')}
        okText={t('volunteers.records.reject')}
        danger
        pending={review.isPending}
        onSubmit={(reason) =>
          rejecting &&
          review.mutate(
            { id: rejecting.id, action: 'reject', reason },
            { onSuccess: done(t('volunteers.records.rejected')), onError: failed },
          )
        }
        onClose={() => setRejecting(null)}
      />
      <CorrectModal
        record={correcting}
        pending={review.isPending}
        onClose={() => setCorrecting(null)}
        onSubmit={(minutes, correctionReason) =>
          correcting &&
          review.mutate(
            { id: correcting.id, action: 'approve', minutes, correctionReason },
            { onSuccess: done(t('volunteers.records.approved')), onError: failed },
          )
        }
      />
    </>
  );
};

const CorrectModal = ({
  record,
  pending,
  onClose,
  onSubmit,
}: {
  record: ServiceRecord | null;
  pending: boolean;
  onClose: () => void;
  onSubmit: (minutes: number, reason: string) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ minutes: number; reason: string }>();
  return (
    <FormModal
      open={!!record}
      title={t('volunteers.records.approveTitle')}
      form={form}
      pending={pending}
      onClose={onClose}
      destroyOnHidden
    >
      {record ? (
        <Typography.Paragraph type="secondary">
          {record.volunteerName} · {record.serviceDate} · {t('volunteers.records.proposed')}{' '}
          {t('volunteers.records.minutesValue', { minutes: record.proposedMinutes })}
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ minutes: record?.proposedMinutes }}
        onFinish={(v) => onSubmit(v.minutes, v.reason.trim())}
      >
        <Form.Item
          name="minutes"
          label={t('volunteers.records.correctedMinutes')}
          rules={[{ required: true, message: t('volunteers.records.minutesRequired') }]}
        >
          <InputNumber min={0} max={1440} step={30} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('volunteers.records.correctionReason')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('volunteers.detail.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};

const AllRecords = ({ range }: { range: [Dayjs, Dayjs] | null }) => {
  const { t } = useTranslation();
  const [query, setQuery] = useState<Omit<RecordListQuery, 'from' | 'to'>>({ page: 1, pageSize: 20 });
  const list = useRecordList({
    ...query,
    from: range?.[0].format('YYYY-MM-DD'),
    to: range?.[1].format('YYYY-MM-DD'),
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('volunteers.records.filterStatus')}
          placeholder={t('volunteers.records.filterStatus')}
          value={query.status}
          onChange={(status) => setQuery({ ...query, status, page: 1 })}
          options={RECORD_STATUSES.map((s) => ({ value: s, label: t(`volunteers.records.statuses.${s}`) }))}
          style={{ width: 130 }}
        />
        <VolunteerPicker
          value={query.volunteerId}
          onChange={(volunteerId) => setQuery({ ...query, volunteerId, page: 1 })}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Checkbox
          checked={!!query.late}
          onChange={(e) => setQuery({ ...query, late: e.target.checked || undefined, page: 1 })}
        >
          {t('volunteers.records.lateOnly')}
        </Checkbox>
      </Space>
      <RecordsTable
        list={list}
        page={query}
        onPage={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
};

const Corrections = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { data, isPending } = useCorrections();
  const answer = useAnswerCorrection();
  const [answering, setAnswering] = useState<{ id: string; accept: boolean } | null>(null);
  const open = (data?.items ?? []).filter((c) => c.status === 'open');
  return (
    <>
      <List
        loading={isPending}
        dataSource={open}
        locale={{ emptyText: t('volunteers.records.correctionsEmpty') }}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Button
                key="accept"
                type="primary"
                size="small"
                onClick={() => setAnswering({ id: c.id, accept: true })}
              >
                {t('volunteers.records.accept')}
              </Button>,
              <Button
                key="decline"
                danger
                size="small"
                onClick={() => setAnswering({ id: c.id, accept: false })}
              >
                {t('volunteers.records.decline')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={`${c.volunteerName} · ${c.serviceDate} · ${c.content}`}
              description={`${t('volunteers.records.current')} ${hoursOf(c.currentMinutes)} → ${t('volunteers.records.requested')} ${hoursOf(c.requestedMinutes)}（${t('volunteers.records.hours')}）· ${t('volunteers.records.reason')}：${c.reason}`}
            />
          </List.Item>
        )}
      />
      <ReasonModal
        open={!!answering}
        title={t('volunteers.records.answerTitle')}
        okText={answering?.accept ? t('volunteers.records.accept') : t('volunteers.records.decline')}
        danger={answering?.accept === false}
        pending={answer.isPending}
        onSubmit={(text) =>
          answering &&
          answer.mutate(
            { ...answering, answer: text },
            {
              onSuccess: () => {
                void message.success(t('volunteers.records.answered'));
                setAnswering(null);
              },
              onError: (err) => void message.error(errorText(err)),
            },
          )
        }
        onClose={() => setAnswering(null)}
      />
    </>
  );
};

type EnterValues = {
  volunteerId?: string;
  serviceDate: Dayjs;
  place: string;
  content: string;
  hours: number;
};

const EnterRecordModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterValues>();
  const showErrors = useServerFormErrors(form);
  const enter = useEnterRecord();
  return (
    <FormModal
      open={open}
      title={t('volunteers.records.enterTitle')}
      form={form}
      pending={enter.isPending}
      onClose={onClose}
      destroyOnHidden
    >
      <Form<EnterValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ serviceDate: dayjs(), hours: 1 }}
        onFinish={(v) =>
          enter.mutate(
            {
              volunteerId: v.volunteerId ?? '',
              serviceDate: v.serviceDate.format('YYYY-MM-DD'),
              place: v.place.trim(),
              content: v.content.trim(),
              minutes: Math.round(v.hours * 60),
            },
            {
              onSuccess: () => {
                void message.success(t('volunteers.records.entered'));
                onClose();
              },
              onError: showErrors,
            },
          )
        }
      >
        <Form.Item
          name="volunteerId"
          label={t('volunteers.records.volunteer')}
          rules={[{ required: true, message: t('volunteers.records.volunteerRequired') }]}
        >
          <VolunteerPicker />
        </Form.Item>
        <Form.Item
          name="serviceDate"
          label={t('volunteers.records.serviceDate')}
          rules={[{ required: true, message: t('volunteers.records.dateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('volunteers.records.place')}
          rules={[{ required: true, whitespace: true, message: t('volunteers.records.placeRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('volunteers.records.content')}
          rules={[{ required: true, whitespace: true, message: t('volunteers.records.contentRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('volunteers.records.hours')}
          rules={[{ required: true, message: t('volunteers.records.minutesRequired') }]}
        >
          <InputNumber min={0.5} max={24} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
