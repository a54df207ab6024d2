import { App, Button, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySession } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { useSetGuests } from './useActivities';

// 未登记来宾: people who came without a record are counted by number.
export const GuestCountEditor = ({
  activityId,
  session,
  editable,
}: {
  activityId: string;
  session: ActivitySession;
  editable: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const save = useSetGuests();
  const [count, setCount] = useState<number | null>(session.guests);
  const changed = count !== null && count !== session.guests;

  return (
    <Space size={8} wrap>
      <Typography.Text type="secondary">{t('activities.checkIn.guests')}</Typography.Text>
      <InputNumber
        aria-label={t('activities.checkIn.guests')}
        min={0}
        max={10000}
        precision={0}
        value={count}
        onChange={setCount}
        disabled={!editable}
        suffix={t('activities.checkIn.guestsUnit')}
        style={{ width: 120 }}
      />
      {editable ? (
        <Button
          disabled={!changed}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { id: activityId, sessionId: session.id, count: count ?? 0 },
              {
                onSuccess: () => void message.success(t('activities.checkIn.guestsSaved')),
                onError: (error) => void message.error(errorText(error)),
              },
            )
          }
        >
          {t('common.save')}
        </Button>
      ) : null}
    </Space>
  );
};
