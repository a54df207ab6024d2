import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import type { VisitTarget } from './RecordVisitModal';
import { useSetVisitPlan } from './useVisits';
import { VisitIntervalField, VisitProjectField, VisitResidentField } from './VisitFields';

type Values = { residentId: string; intervalDays: number; projectId?: string };

// 设置探访计划: one resident's visit interval and project, new or changed. Opened for a person, or with a
// search. The plan's own project stays listed even after it has ended, so it can be kept.
export const VisitPlanModal = ({
  open,
  resident,
  intervalDays,
  project,
  onClose,
}: {
  open: boolean;
  resident?: VisitTarget | null;
  intervalDays?: number;
  project?: { id: string; name: string } | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const save = useSetVisitPlan();

  const onFinish = (values: Values) =>
    save.mutate(
      {
        residentId: resident?.id ?? values.residentId,
        intervalDays: values.intervalDays,
        projectId: values.projectId ?? null,
      },
      saved(t('visits.plan.saved')),
    );

  return (
    <FormModal
      form={form}
      open={open}
      title={intervalDays ? t('visits.plan.changeTitle') : t('visits.plan.setTitle')}
      pending={save.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="visit-plan"
        onFinish={onFinish}
        initialValues={{ intervalDays: intervalDays ?? 30, projectId: project?.id }}
      >
        <VisitResidentField resident={resident} />
        <VisitIntervalField />
        <VisitProjectField
          label={t('visits.plan.project')}
          extra={t('visits.plan.projectHint')}
          current={project}
        />
      </Form>
    </FormModal>
  );
};
