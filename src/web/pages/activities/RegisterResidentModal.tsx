import { Alert, App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/activities';
import { FormModal } from '../../components/FormModal';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ResidentSearchSelect } from './ResidentSearchSelect';
import { useRegisterResident } from './useActivities';

type Values = { residentId: string };

// Staff at the counter sign up a resident; when the places are gone the resident joins the waitlist.
export const RegisterResidentModal = ({
  activity,
  open,
  onClose,
  excludeIds,
}: {
  activity: Activity;
  open: boolean;
  onClose: () => void;
  excludeIds: ReadonlySet<string>;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const register = useRegisterResident();

  const onFinish = (values: Values) =>
    register.mutate(
      { id: activity.id, residentId: values.residentId },
      {
        onSuccess: (outcome) => {
          void message.success(
            outcome.status === 'waitlisted'
              ? t('activities.registrations.waitlistedMessage', { n: outcome.waitlistRank ?? '' })
              : t('activities.registrations.registeredMessage'),
          );
          onClose();
        },
        onError: (error) => {
          // Business refusals (already registered, not in the audience…) concern the chosen resident.
          showErrors(error);
        },
      },
    );

  return (
    <FormModal
      form={form}
      open={open}
      title={t('activities.registrations.registerTitle')}
      okText={t('activities.registrations.register')}
      pending={register.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('activities.registrations.registerHint')}
      />
      <Form<Values> form={form} layout="vertical" name="register-resident" onFinish={onFinish}>
        <Form.Item
          name="residentId"
          label={t('activities.registrations.resident')}
          rules={[{ required: true, message: t('activities.registrations.residentRequired') }]}
        >
          <ResidentSearchSelect excludeIds={excludeIds} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
