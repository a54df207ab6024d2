import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../api/visits';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useMarkFollowUpDone } from './useVisits';

type Values = { doneOn: Dayjs; note: string };

// 标记已跟进: the day the follow-up was done (between the visit and today) and, optionally, what was done.
export const FollowUpModal = ({ visit, onClose }: { visit: VisitRow | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const mark = useMarkFollowUpDone();

  const onFinish = (values: Values) => {
    if (!visit) return;
    mark.mutate(
      { id: visit.id, doneOn: values.doneOn.format('YYYY-MM-DD'), note: values.note ?? '' },
      saved(t('visits.followUp.marked')),
    );
  };

  return (
    <FormModal
      form={form}
      open={visit !== null}
      title={t('visits.followUp.title')}
      okText={t('visits.followUp.mark')}
      pending={mark.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      {visit ? (
        <Typography.Paragraph type="secondary">
          {t('visits.followUp.about', { name: visit.residentName, date: visit.visitedOn })}
        </Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="follow-up"
        onFinish={onFinish}
        initialValues={{ doneOn: dayjs() }}
      >
        <Form.Item
          name="doneOn"
          label={t('visits.followUp.doneOn')}
          rules={[{ required: true, message: t('visits.followUp.doneOnRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(day) =>
              day.isAfter(dayjs(), 'day') || (!!visit && day.isBefore(dayjs(visit.visitedOn), 'day'))
            }
          />
        </Form.Item>
        <Form.Item name="note" label={t('visits.followUp.note')} style={{ marginBottom: 0 }}>
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('visits.followUp.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
