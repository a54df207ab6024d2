import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivitySession } from '../../api/activities';
import { FormModal } from '../../components/FormModal';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ResidentSearchSelect } from './ResidentSearchSelect';
import { useCheckIn } from './useActivities';

type Values = { residentId: string };

// 现场补录: a resident who came without signing up is checked in by name.
export const WalkInModal = ({
  activityId,
  session,
  present,
  open,
  onClose,
}: {
  activityId: string;
  session: ActivitySession;
  present: ReadonlySet<string>;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const checkIn = useCheckIn();

  const onFinish = (values: Values) =>
    checkIn.mutate(
      { id: activityId, sessionId: session.id, residentIds: [values.residentId], method: 'walkIn' },
      {
        onSuccess: ({ added }) => {
          void message.success(t('activities.checkIn.done', { added }));
          form.resetFields();
          onClose();
        },
        onError: showErrors,
      },
    );

  return (
    <FormModal
      form={form}
      open={open}
      title={t('activities.checkIn.walkInTitle', { n: session.seq })}
      okText={t('activities.checkIn.walkIn')}
      pending={checkIn.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('activities.checkIn.walkInHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="walk-in" onFinish={onFinish}>
        <Form.Item
          name="residentId"
          label={t('activities.registrations.resident')}
          rules={[{ required: true, message: t('activities.registrations.residentRequired') }]}
        >
          <ResidentSearchSelect excludeIds={present} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
