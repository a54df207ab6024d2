import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useAdjustPoints } from './usePoints';

type Values = { direction: 'add' | 'deduct'; points: number; reason: string };

// 手动调整: a signed whole number with a reason, written to the ledger and the audit log.
export const AdjustPointsModal = ({
  volunteerId,
  volunteerName,
  open,
  onClose,
}: {
  volunteerId: string;
  volunteerName: string;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const adjust = useAdjustPoints();
  const saveThenClose = useSaveThenClose(form, onClose);
  return (
    <FormModal
      form={form}
      open={open}
      title={t('points.adjust.title', { name: volunteerName })}
      okText={t('points.adjust.ok')}
      pending={adjust.isPending}
      destroyOnHidden
      // The next opening (for another item) starts from empty fields, not from this one's.
      afterClose={() => form.resetFields()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="adjust-points"
        initialValues={{ direction: 'add' }}
        onFinish={(values) =>
          adjust.mutate(
            {
              volunteerId,
              amount: values.direction === 'add' ? values.points : -values.points,
              reason: values.reason.trim(),
            },
            saveThenClose(t('points.adjust.done')),
          )
        }
      >
        <Form.Item name="direction" label={t('points.adjust.direction')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'add', label: t('points.adjust.add') },
              { value: 'deduct', label: t('points.adjust.deduct') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('points.adjust.points')}
          rules={[{ required: true, message: t('common.required', { field: t('points.adjust.points') }) }]}
        >
          <InputNumber
            min={1}
            max={100000}
            precision={0}
            style={{ width: '100%' }}
            suffix={t('points.rules.pointsUnit')}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('points.ledger.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('points.ledger.reason') }),
            },
            { max: 200 },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('points.adjust.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
