import { Alert, DatePicker, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PointsRuleValues } from '../../../core/points/rules';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useCreatePointsRule } from './usePoints';

type Values = {
  pointsPerHour: number;
  backboneBonusPerHour: number;
  commendationBonus: number;
  effectiveFrom?: Dayjs;
};

// 新版本: the new rule starts from the current one's figures; records approved before it keep theirs.
export const PointsRuleFormModal = ({
  open,
  start,
  onClose,
}: {
  open: boolean;
  start: PointsRuleValues;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreatePointsRule();
  const saveThenClose = useSaveThenClose(form, onClose);
  const amount = (name: keyof Omit<Values, 'effectiveFrom'>, label: string, unit: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('common.required', { field: label }) }]}
    >
      <InputNumber min={0} max={10000} precision={0} suffix={unit} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <FormModal
      form={form}
      open={open}
      title={t('points.rules.newVersion')}
      okText={t('points.rules.publish')}
      pending={create.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('points.rules.formHint')} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="points-rule"
        initialValues={{
          pointsPerHour: start.pointsPerHour,
          backboneBonusPerHour: start.backboneBonusPerHour,
          commendationBonus: start.commendationBonus,
        }}
        onFinish={(values) =>
          create.mutate(
            {
              pointsPerHour: values.pointsPerHour,
              backboneBonusPerHour: values.backboneBonusPerHour,
              commendationBonus: values.commendationBonus,
              effectiveFrom: values.effectiveFrom?.startOf('day').toISOString(),
            },
            saveThenClose(t('points.rules.published')),
          )
        }
      >
        {amount('pointsPerHour', t('points.rules.pointsPerHour'), t('points.rules.perHourUnit'))}
        {amount(
          'backboneBonusPerHour',
          t('points.rules.backboneBonusPerHour'),
          t('points.rules.perHourUnit'),
        )}
        {amount('commendationBonus', t('points.rules.commendationBonus'), t('points.rules.pointsUnit'))}
        <Form.Item
          name="effectiveFrom"
          label={t('points.rules.effectiveFrom')}
          extra={t('points.rules.effectiveFromHint')}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
            placeholder={t('points.rules.effectiveNow')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
