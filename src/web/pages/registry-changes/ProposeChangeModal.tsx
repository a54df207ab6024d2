import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { mobilePattern } from '../../../core/mobile';
import { isApiError } from '../../api/ApiError';
import type { ResidentDetail } from '../../api/residents';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { compoundOptions } from '../residents/compoundOptions';
import { useCommunityPlaces } from '../residents/useResidents';
import type { RegistryChangeInput } from './api';
import { useProposeRegistryChange } from './useRegistryChanges';

type Values = {
  mobile?: string;
  compoundId?: string;
  gridId?: string;
  room?: string;
  status?: 'active' | 'movedAway' | 'died';
  statusDate?: Dayjs;
  note: string;
};

// Only the fields filled in are proposed; the server keeps those that differ from the record.
const changesOf = (v: Values): RegistryChangeInput['changes'] => ({
  ...(v.mobile?.trim() ? { mobile: v.mobile.trim() } : {}),
  ...(v.compoundId ? { compoundId: v.compoundId } : {}),
  ...(v.gridId ? { gridId: v.gridId } : {}),
  ...(v.room?.trim() ? { room: v.room.trim() } : {}),
  ...(v.status && v.statusDate ? { status: v.status, statusDate: v.statusDate.format('YYYY-MM-DD') } : {}),
});

/** 提出变更: a social worker proposes new non-sensitive values for a resident, with a note, for staff to check. */
export const ProposeChangeModal = ({
  resident,
  open,
  onClose,
}: {
  resident: ResidentDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const { compounds, grids } = useCommunityPlaces();
  const propose = useProposeRegistryChange();
  const status = Form.useWatch('status', form);
  const statuses = (['movedAway', 'died', 'active'] as const).filter((s) => s !== resident.status);

  const onFinish = (values: Values) => {
    const changes = changesOf(values);
    if (Object.keys(changes).length === 0) {
      void message.warning(t('registryChanges.propose.nothing'));
      return;
    }
    propose.mutate(
      { residentId: resident.id, input: { changes, note: values.note.trim() } },
      {
        onSuccess: () => {
          void message.success(t('registryChanges.propose.submitted'));
          onClose();
        },
        onError: (error) => {
          const fields = isApiError(error) ? error.errors.map((e) => e.message) : [];
          void message.error([errorText(error), ...fields].join('；'));
        },
      },
    );
  };

  const p = (key: string) => t(`registryChanges.propose.${key}`);
  return (
    <FormModal
      title={p('title')}
      open={open}
      form={form}
      pending={propose.isPending}
      onClose={onClose}
      okText={p('submit')}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={p('hint')} />
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} name="propose-change">
        <Form.Item
          name="mobile"
          label={p('mobile')}
          rules={[{ pattern: mobilePattern, message: p('mobileInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={11} allowClear placeholder={resident.mobileMasked ?? ''} />
        </Form.Item>
        <Form.Item name="compoundId" label={p('compound')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={compoundOptions(compounds, t)}
          />
        </Form.Item>
        <Form.Item name="room" label={p('room')}>
          <Input maxLength={50} allowClear />
        </Form.Item>
        <Form.Item name="gridId" label={p('grid')}>
          <Select allowClear options={grids.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item name="status" label={p('status')}>
          <Select
            allowClear
            options={statuses.map((s) => ({ value: s, label: t(`registryChanges.residentStatuses.${s}`) }))}
          />
        </Form.Item>
        {status ? (
          <Form.Item
            name="statusDate"
            label={p('statusDate')}
            rules={[{ required: true, message: p('statusDateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isAfter(dayjs(), 'day')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label={p('note')}
          rules={[{ required: true, whitespace: true, min: 2, message: p('noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={p('notePlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
