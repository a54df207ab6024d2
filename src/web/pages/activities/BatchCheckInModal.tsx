import { App, Checkbox, Empty, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySession, Registration } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { RegistrationStatusTag } from './RegistrationStatusTag';
import { useCheckIn } from './useActivities';

// 批量签到: tick the registered (or waiting) residents who came, from the room or a paper sheet.
export const BatchCheckInModal = ({
  activityId,
  session,
  registrations,
  open,
  onClose,
}: {
  activityId: string;
  session: ActivitySession;
  registrations: Registration[];
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const checkIn = useCheckIn();
  const [chosen, setChosen] = useState<string[]>([]);
  const [method, setMethod] = useState<'staff' | 'paper'>('staff');
  const ids = registrations.map((r) => r.residentId);
  const allChosen = ids.length > 0 && chosen.length === ids.length;

  const submit = () =>
    checkIn.mutate(
      { id: activityId, sessionId: session.id, residentIds: chosen, method },
      {
        onSuccess: ({ added, alreadyPresent }) => {
          void message.success(
            alreadyPresent > 0
              ? t('activities.checkIn.doneWithDuplicates', { added, duplicates: alreadyPresent })
              : t('activities.checkIn.done', { added }),
          );
          setChosen([]);
          onClose();
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );

  return (
    <Modal
      open={open}
      title={t('activities.checkIn.batchTitle', { n: session.seq })}
      onCancel={onClose}
      onOk={submit}
      okText={t('activities.checkIn.batch')}
      okButtonProps={{ disabled: chosen.length === 0 }}
      cancelText={t('common.cancel')}
      confirmLoading={checkIn.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('activities.checkIn.batchHint')}</Typography.Paragraph>
      {registrations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.checkIn.batchNone')} />
      ) : (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            <Typography.Text>{t('activities.checkIn.batchMethod')}</Typography.Text>
            <Radio.Group
              value={method}
              onChange={(e) => setMethod(e.target.value)}
              options={[
                { value: 'staff', label: t('activities.checkIn.methods.staff') },
                { value: 'paper', label: t('activities.checkIn.methods.paper') },
              ]}
            />
          </Space>
          <div style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8, marginBottom: 8 }}>
            <Checkbox
              checked={allChosen}
              indeterminate={chosen.length > 0 && !allChosen}
              onChange={(e) => setChosen(e.target.checked ? ids : [])}
            >
              {t('common.all')} ({registrations.length})
            </Checkbox>
          </div>
          <Checkbox.Group
            value={chosen}
            onChange={(values) => setChosen(values.map(String))}
            style={{ width: '100%' }}
          >
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
                gap: 8,
                maxHeight: 360,
                overflowY: 'auto',
              }}
            >
              {registrations.map((r) => (
                <Checkbox key={r.residentId} value={r.residentId}>
                  <Space size={6}>
                    {r.residentName}
                    {r.status === 'waitlisted' ? <RegistrationStatusTag registration={r} /> : null}
                  </Space>
                </Checkbox>
              ))}
            </div>
          </Checkbox.Group>
        </>
      )}
    </Modal>
  );
};
