import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { compoundOptions } from '../residents/compoundOptions';
import { useCommunityPlaces } from '../residents/useResidents';
import {
  BUILT_IN_KINDS,
  createMeeting,
  type MeetingFormInput,
  type MeetingSummary,
  updateMeeting,
} from './api';
import { fromLocalInput, toLocalInput } from './format';
import { useKinds, useMeetingMutation } from './useMeetings';

type Values = {
  kindKey: string;
  title: string;
  hostName: string;
  startsAt: string;
  endsAt?: string;
  place: string;
  compoundId?: string;
};

// A built-in kind is its own key; a unit's own kind is `custom:<id>`.
const CUSTOM = 'custom:';

const toInput = (v: Values): MeetingFormInput => ({
  kind: v.kindKey.startsWith(CUSTOM) ? 'other' : (v.kindKey as MeetingFormInput['kind']),
  customKindId: v.kindKey.startsWith(CUSTOM) ? v.kindKey.slice(CUSTOM.length) : null,
  title: v.title,
  hostName: v.hostName,
  startsAt: fromLocalInput(v.startsAt),
  endsAt: v.endsAt ? fromLocalInput(v.endsAt) : null,
  place: v.place,
  compoundId: v.compoundId ?? null,
});

// 新建/修改会议: kind (the five and the unit's own), title, host, time, place, compound.
export const MeetingFormModal = ({
  open,
  meeting,
  onClose,
  onSaved,
}: {
  open: boolean;
  meeting?: MeetingSummary;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kinds = useKinds();
  const { compounds } = useCommunityPlaces();
  const save = useMeetingMutation((v: Values) =>
    meeting ? updateMeeting(meeting.id, toInput(v)) : createMeeting(toInput(v)),
  );
  const done = useSaveThenClose(form, onClose);
  const field = (key: string) => t('meetings.form.required', { field: t(`meetings.form.${key}`) });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (meeting)
      form.setFieldsValue({
        kindKey: meeting.customKindId ? `${CUSTOM}${meeting.customKindId}` : meeting.kind,
        title: meeting.title,
        hostName: meeting.hostName,
        startsAt: toLocalInput(meeting.startsAt),
        endsAt: meeting.endsAt ? toLocalInput(meeting.endsAt) : undefined,
        place: meeting.place,
        compoundId: meeting.compoundId ?? undefined,
      });
  }, [open, meeting, form]);

  return (
    <FormModal
      open={open}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={t(meeting ? 'meetings.form.editTitle' : 'meetings.form.addTitle')}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kindKey: 'secretaryTea' }}
        onFinish={(v) => {
          const { onSuccess, onError } = done(t('meetings.form.saved'));
          save.mutate(v, {
            onSuccess: (saved) => {
              onSuccess();
              onSaved?.(saved.id);
            },
            onError,
          });
        }}
      >
        <Form.Item
          name="kindKey"
          label={t('meetings.form.kind')}
          rules={[{ required: true, message: field('kind') }]}
        >
          <Select
            options={[
              ...BUILT_IN_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) })),
              ...(kinds.data?.items ?? []).map((k) => ({ value: `${CUSTOM}${k.id}`, label: k.name })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('meetings.form.title')}
          rules={[{ required: true, message: field('title') }]}
        >
          <Input maxLength={80} placeholder={t('meetings.form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="hostName"
          label={t('meetings.form.host')}
          rules={[{ required: true, message: field('host') }]}
        >
          <Input maxLength={30} placeholder={t('meetings.form.hostPlaceholder')} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item
            name="startsAt"
            label={t('meetings.form.startsAt')}
            rules={[{ required: true, message: field('startsAt') }]}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('meetings.form.endsAt')} style={{ flex: 1, minWidth: 200 }}>
            <Input type="datetime-local" />
          </Form.Item>
        </div>
        <Form.Item
          name="place"
          label={t('meetings.form.place')}
          rules={[{ required: true, message: field('place') }]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="compoundId" label={t('meetings.form.compound')}>
          <Select
            allowClear
            placeholder={t('meetings.form.compoundPlaceholder')}
            options={compoundOptions(compounds, t)}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
