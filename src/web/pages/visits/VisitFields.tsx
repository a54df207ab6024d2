import { Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResidentSearchSelect } from '../activities/ResidentSearchSelect';
import { ProjectSelect } from '../projects/ProjectSelect';
import { useWorkUnitId } from '../projects/useWorkUnitId';

// The field groups the visit dialogs share: whom, how often, and under which project.

/** The resident, fixed when the dialog was opened for one, searched otherwise. */
export const VisitResidentField = ({ resident }: { resident?: { name: string } | null }) => {
  const { t } = useTranslation();
  return resident ? (
    <Form.Item label={t('visits.record.resident')}>
      <Typography.Text strong data-testid="visit-resident">
        {resident.name}
      </Typography.Text>
    </Form.Item>
  ) : (
    <Form.Item
      name="residentId"
      label={t('visits.record.resident')}
      rules={[{ required: true, message: t('visits.record.residentRequired') }]}
    >
      <ResidentSearchSelect />
    </Form.Item>
  );
};

/** How many days may pass between two visits. */
export const VisitIntervalField = () => {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="intervalDays"
      label={t('visits.plan.interval')}
      extra={t('visits.plan.intervalHint')}
      rules={[{ required: true, message: t('visits.plan.intervalRequired') }]}
    >
      <InputNumber min={1} max={366} precision={0} suffix={t('visits.plan.days')} style={{ width: 160 }} />
    </Form.Item>
  );
};

/** A running project of the unit one works in; `current` stays listed even after it has ended. */
export const VisitProjectField = ({
  label,
  extra,
  current,
}: {
  label: string;
  extra: string;
  current?: { id: string; name: string } | null;
}) => {
  const workUnitId = useWorkUnitId();
  return (
    <Form.Item name="projectId" label={label} extra={extra}>
      <ProjectSelect forUnitId={workUnitId} activeOnly current={current} />
    </Form.Item>
  );
};
