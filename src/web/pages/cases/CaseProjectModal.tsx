import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../api/cases';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { ProjectSelect } from '../projects/ProjectSelect';
import { useWorkUnitId } from '../projects/useWorkUnitId';
import { useChangeCaseProject } from './useCases';

type Values = { projectId?: string };

// 更改所属项目: moves an open case to another running project, or out of any. The case's own project
// stays listed even after it has ended, so saving without a change never fails.
export const CaseProjectModal = ({
  open,
  detail,
  onClose,
}: {
  open: boolean;
  detail: CaseDetail;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const change = useChangeCaseProject();
  const workUnitId = useWorkUnitId();

  const onFinish = (values: Values) =>
    change.mutate({ id: detail.id, projectId: values.projectId ?? null }, saved(t('cases.project.saved')));

  return (
    <FormModal
      form={form}
      open={open}
      title={t('cases.project.title')}
      pending={change.isPending}
      destroyOnHidden
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('cases.project.hint')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="case-project"
        initialValues={{ projectId: detail.projectId ?? undefined }}
        onFinish={onFinish}
      >
        <Form.Item name="projectId" label={t('cases.columns.project')}>
          <ProjectSelect
            forUnitId={workUnitId}
            activeOnly
            current={detail.projectId ? { id: detail.projectId, name: detail.projectName ?? '' } : null}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
