import { Button, DotLoading, Form, Input, List, Picker, type PickerRef, TextArea, Toast } from 'antd-mobile';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mobilePattern } from '../../../core/mobile';
import { isApiError } from '../../api/ApiError';
import { useErrorText } from '../../hooks/useErrorText';
import { MobilePage } from '../../mobile/MobilePage';
import type { MyRegistryChangeInput } from './api';
import { MobileRegistryChangeCard } from './MobileRegistryChangeCard';
import { useMyRegistry, useProposeMyRegistryChange } from './useRegistryChanges';

type Values = { mobile?: string; compound: string[]; room?: string; note?: string };

const changesOf = (v: Values): MyRegistryChangeInput['changes'] => ({
  ...(v.mobile?.trim() ? { mobile: v.mobile.trim() } : {}),
  ...(v.compound[0] ? { compoundId: v.compound[0] } : {}),
  ...(v.room?.trim() ? { room: v.room.trim() } : {}),
});

/** 我的登记信息: what the community has (masked), a form to tell it of a new number or address, my proposals. */
export const MobileRegistryPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { data, isPending, isError, error } = useMyRegistry();
  const propose = useProposeMyRegistryChange();
  const [form] = Form.useForm<Values>();
  const p = (key: string) => t(`registryChanges.phone.${key}`);

  const onFinish = (v: Values) => {
    const changes = changesOf(v);
    if (Object.keys(changes).length === 0) {
      Toast.show({ content: t('registryChanges.propose.nothing') });
      return;
    }
    propose.mutate(
      { changes, note: v.note?.trim() ?? '' },
      {
        onSuccess: () => {
          Toast.show({ icon: 'success', content: p('submitted') });
          form.resetFields();
        },
        onError: (err) => {
          const fields = isApiError(err) ? err.errors.map((e) => e.message) : [];
          Toast.show({ content: [errorText(err), ...fields].join('；') });
        },
      },
    );
  };

  if (isPending || isError)
    return (
      <MobilePage title={p('title')} onBack={() => navigate('/m/me')}>
        <div style={{ padding: 32, textAlign: 'center' }}>{isError ? errorText(error) : <DotLoading />}</div>
      </MobilePage>
    );
  const compoundName = data.compounds.find((c) => c.id === data.compoundId)?.name ?? null;
  return (
    <MobilePage title={p('title')} onBack={() => navigate('/m/me')}>
      <List header={p('current')} mode="card" style={{ margin: '0 0 16px' }} data-testid="my-registry">
        <List.Item extra={data.mobileMasked ?? p('none')}>{p('mobile')}</List.Item>
        <List.Item extra={compoundName ?? p('none')}>{p('compound')}</List.Item>
        <List.Item extra={data.roomMasked ?? p('none')}>{p('room')}</List.Item>
      </List>
      <h2 style={{ fontSize: '1.15em', margin: '0 4px 10px' }}>{p('formTitle')}</h2>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ compound: [] }}
        style={{ fontSize: 17, borderRadius: 8, overflow: 'hidden', marginBottom: 12 }}
        footer={
          <Button block type="submit" color="primary" size="large" loading={propose.isPending}>
            {p('submit')}
          </Button>
        }
      >
        <Form.Item
          name="mobile"
          label={p('newMobile')}
          rules={[{ pattern: mobilePattern, message: t('registryChanges.propose.mobileInvalid') }]}
        >
          <Input type="tel" maxLength={11} placeholder={p('newMobilePlaceholder')} clearable />
        </Form.Item>
        <Form.Item
          name="compound"
          label={p('newCompound')}
          trigger="onConfirm"
          arrow
          onClick={(_, picker: RefObject<PickerRef>) => picker.current?.open()}
        >
          <Picker
            columns={[
              [
                { label: p('keepCompound'), value: '' },
                ...data.compounds.map((c) => ({ label: c.name, value: c.id })),
              ],
            ]}
            cancelText={t('common.cancel')}
            confirmText={t('common.ok')}
          >
            {(items) => items[0]?.label ?? p('keepCompound')}
          </Picker>
        </Form.Item>
        <Form.Item name="room" label={p('newRoom')}>
          <Input maxLength={50} placeholder={p('newRoomPlaceholder')} clearable />
        </Form.Item>
        <Form.Item
          name="note"
          label={p('note')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('registryChanges.propose.noteRequired') },
          ]}
        >
          <TextArea rows={2} maxLength={200} placeholder={p('notePlaceholder')} />
        </Form.Item>
      </Form>
      <h2 style={{ fontSize: '1.15em', margin: '16px 4px 10px' }}>{p('mine')}</h2>
      {data.items.length === 0 ? (
        <div style={{ padding: '16px 12px', background: '#fff', borderRadius: 12, color: '#8c8c8c' }}>
          {p('noneYet')}
        </div>
      ) : (
        data.items.map((change) => <MobileRegistryChangeCard key={change.id} change={change} />)
      )}
    </MobilePage>
  );
};
