import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity, StatusAction } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';
import { useChangeActivityStatus } from './useActivities';

const DONE: Record<StatusAction, 'published' | 'finished' | 'cancelled'> = {
  publish: 'published',
  finish: 'finished',
  cancel: 'cancelled',
};

// Draft → published → finished, or cancelled; each step asks first (cancelling notifies everyone signed up).
export const ActivityStatusActions = ({ activity, onEdit }: { activity: Activity; onEdit: () => void }) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const change = useChangeActivityStatus();

  const confirm = (action: StatusAction) => {
    const people = activity.registeredCount + activity.waitlistCount;
    modal.confirm({
      title: t(`activities.actions.${action}ConfirmTitle`, { title: activity.title }),
      content: t(`activities.actions.${action}Confirm`, { count: people }),
      okText: t(`activities.actions.${action}`),
      okButtonProps: { danger: action === 'cancel' },
      cancelText: action === 'cancel' ? t('activities.actions.keep') : t('common.cancel'),
      onOk: () =>
        change
          .mutateAsync({ id: activity.id, action })
          .then(() => void message.success(t(`activities.actions.${DONE[action]}`)))
          .catch((error: unknown) => void message.error(errorText(error))),
    });
  };

  const { status } = activity;
  return (
    <Space wrap>
      {status === 'draft' || status === 'published' ? (
        <Button onClick={onEdit}>{t('activities.actions.edit')}</Button>
      ) : null}
      {status === 'draft' ? (
        <Button type="primary" onClick={() => confirm('publish')}>
          {t('activities.actions.publish')}
        </Button>
      ) : null}
      {status === 'published' ? (
        <Button onClick={() => confirm('finish')}>{t('activities.actions.finish')}</Button>
      ) : null}
      {status === 'draft' || status === 'published' ? (
        <Button danger onClick={() => confirm('cancel')}>
          {t('activities.actions.cancel')}
        </Button>
      ) : null}
    </Space>
  );
};
