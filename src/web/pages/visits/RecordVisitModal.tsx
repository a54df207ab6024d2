import { Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useRecordVisit } from './useVisits';
import { VisitProjectField, VisitResidentField } from './VisitFields';

type Values = {
  residentId: string;
  visitedOn: Dayjs;
  findings: string;
  followUpNeeded: boolean;
  projectId?: string;
};

/** Who is visited; `project` is their plan's, which the visit joins unless another is chosen. */
export type VisitTarget = { id: string; name: string; project?: { id: string; name: string } | null };

// 记录探访: who was visited (searched, or fixed when opened from a person's row), when, what was found,
// and whether someone must follow up. A visit cannot be dated in the future.
export const RecordVisitModal = ({
  open,
  resident,
  onClose,
}: {
  open: boolean;
  resident?: VisitTarget | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const record = useRecordVisit();
  const planProject = resident?.project ?? null;

  const onFinish = (values: Values) =>
    record.mutate(
      {
        residentId: resident?.id ?? values.residentId,
        visitedOn: values.visitedOn.format('YYYY-MM-DD'),
        findings: values.findings,
        followUpNeeded: values.followUpNeeded,
        // Untouched, the server takes the plan's project as it is now (none once it has ended).
        projectId: form.isFieldTouched('projectId') ? (values.projectId ?? null) : undefined,
      },
      saved(t('visits.record.done')),
    );

  return (
    <FormModal
      form={form}
      open={open}
      title={t('visits.record.title')}
      pending={record.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="record-visit"
        onFinish={onFinish}
        initialValues={{ visitedOn: dayjs(), followUpNeeded: false, projectId: planProject?.id }}
      >
        <VisitResidentField resident={resident} />
        <Form.Item
          name="visitedOn"
          label={t('visits.record.visitedOn')}
          rules={[{ required: true, message: t('visits.record.visitedOnRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="findings"
          label={t('visits.record.findings')}
          rules={[
            { required: true, whitespace: true, message: t('visits.record.findingsRequired') },
            { min: 2, message: t('visits.record.findingsRequired') },
          ]}
          tooltip={t('visits.record.findingsHint')}
        >
          <Input.TextArea
            rows={4}
            maxLength={5000}
            showCount
            placeholder={t('visits.record.findingsPlaceholder')}
          />
        </Form.Item>
        <VisitProjectField
          label={t('visits.record.project')}
          extra={t('visits.record.projectHint')}
          current={planProject}
        />
        <Form.Item name="followUpNeeded" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('visits.record.followUpNeeded')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
};
