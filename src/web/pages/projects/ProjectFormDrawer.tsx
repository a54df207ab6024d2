import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/ApiError';
import {
  PROJECT_SCOPES,
  PROJECT_STATUSES,
  type Project,
  type ProjectScope,
  type ProjectStatus,
  type ProjectUpdateInput,
} from '../../api/projects';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { ProviderSelect } from '../../components/ProviderSelect';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { useSaveProject } from './useProjects';

type Values = {
  name: string;
  purchaserId?: string;
  providerId?: string;
  period?: [Dayjs, Dayjs];
  projectYear: number;
  scope: ProjectScope;
  budgetYuan?: number;
  status: ProjectStatus;
};

// The contract's two dates share one range picker here.
const formPath = (path: string) => (/^(body\.)?period(Start|End)$/.test(path) ? 'period' : path);

const valuesOf = (project: Project | null, purchaserId: string | undefined): Partial<Values> =>
  project
    ? {
        name: project.name,
        providerId: project.providerId,
        period: [dayjs(project.periodStart), dayjs(project.periodEnd)],
        projectYear: project.projectYear,
        scope: project.scope,
        budgetYuan: project.budgetYuan,
        status: project.status,
      }
    : { purchaserId, projectYear: 1, scope: 'comprehensive', status: 'active' };

// New project (`project` null) or an edit; the purchaser is chosen once, when the project is set up.
export const ProjectFormDrawer = ({
  open,
  project,
  onClose,
}: {
  open: boolean;
  project: Project | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const mobile = useIsMobile();
  const membership = currentMembershipOf(useMe().data);
  // A community buys for itself; a street picks itself or one of its communities (the district must pick).
  const choosePurchaser = !project && membership?.orgUnitKind !== 'community';
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const save = useSaveProject();

  const onError = (error: unknown) =>
    showErrors(
      isApiError(error)
        ? new ApiError({
            status: error.status,
            code: error.code,
            title: error.title,
            errors: error.errors.map((e) => ({ ...e, path: formPath(e.path) })),
          })
        : error,
    );

  const submit = (values: Values) => {
    const input: ProjectUpdateInput = {
      name: values.name.trim(),
      providerId: values.providerId ?? '',
      periodStart: values.period?.[0].format('YYYY-MM-DD') ?? '',
      periodEnd: values.period?.[1].format('YYYY-MM-DD') ?? '',
      projectYear: values.projectYear,
      scope: values.scope,
      budgetYuan: values.budgetYuan ?? 0,
      status: values.status,
    };
    const done = () => {
      void message.success(project ? t('common.saved') : t('common.created'));
      onClose();
    };
    if (project) save.mutate({ id: project.id, input }, { onSuccess: done, onError });
    else
      save.mutate(
        { id: null, input: { ...input, purchaserId: values.purchaserId } },
        { onSuccess: done, onError },
      );
  };

  // Ending a project stops new activities from joining it: ask first.
  const onFinish = (values: Values) => {
    if (project?.status !== 'active' || values.status !== 'ended') return submit(values);
    modal.confirm({
      title: t('projects.endConfirmTitle'),
      content: t('projects.endConfirm'),
      okText: t('projects.endConfirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => submit(values),
    });
  };

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const requiredSelect = (field: string) => ({
    required: true,
    message: t('common.requiredSelect', { field }),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={project ? t('projects.form.editTitle') : t('projects.form.createTitle')}
      size={mobile ? '100%' : 640}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {project ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('projects.form.purchaserFixed', { purchaser: project.purchaserName })}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="project-form"
        initialValues={valuesOf(
          project,
          membership?.orgUnitKind === 'district' ? undefined : membership?.orgUnitId,
        )}
        onFinish={onFinish}
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={t('projects.form.name')}
          rules={[
            { ...required(t('projects.form.name')), whitespace: true },
            { min: 2, max: 100 },
          ]}
        >
          <Input placeholder={t('projects.form.namePlaceholder')} maxLength={100} />
        </Form.Item>
        {choosePurchaser ? (
          <Form.Item
            name="purchaserId"
            label={t('projects.form.purchaser')}
            extra={t('projects.form.purchaserHint')}
            rules={[requiredSelect(t('projects.form.purchaser'))]}
          >
            <OrgUnitSelect style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="providerId"
          label={t('projects.form.provider')}
          rules={[requiredSelect(t('projects.form.provider'))]}
        >
          <ProviderSelect />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('projects.form.period')}
          rules={[requiredSelect(t('projects.form.period'))]}
        >
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            placeholder={[t('projects.form.periodStart'), t('projects.form.periodEnd')]}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="budgetYuan"
              label={t('projects.form.budget')}
              rules={[required(t('projects.form.budget'))]}
            >
              <InputNumber<number>
                min={0}
                max={100_000_000}
                precision={2}
                step={10_000}
                suffix={t('projects.form.yuan')}
                formatter={(v) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}
                parser={(v) => Number((v ?? '').replace(/,/g, ''))}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="projectYear"
              label={t('projects.form.projectYear')}
              rules={[required(t('projects.form.projectYear'))]}
            >
              <InputNumber
                min={1}
                max={50}
                precision={0}
                prefix={t('projects.form.yearPrefix')}
                suffix={t('projects.form.yearSuffix')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="scope" label={t('projects.form.scope')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={PROJECT_SCOPES.map((s) => ({ value: s, label: t(`projects.scopes.${s}`) }))}
          />
        </Form.Item>
        {project ? (
          <Form.Item name="status" label={t('projects.form.status')} extra={t('projects.form.statusHint')}>
            <Radio.Group
              options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects.statuses.${s}`) }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
};
