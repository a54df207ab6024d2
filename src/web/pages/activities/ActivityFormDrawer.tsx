import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
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
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, isApiError } from '../../api/ApiError';
import { ACTIVITY_KINDS, type Activity, AUDIENCES, TARGET_GROUPS } from '../../api/activities';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ProjectSelect } from '../projects/ProjectSelect';
import { useProjectList } from '../projects/useProjects';
import {
  type ActivityFormValues,
  emptyActivityValues,
  inputFromValues,
  type TimeRange,
  valuesFromActivity,
} from './activityFormValues';
import { BrandSelect } from './BrandSelect';
import { useCreateActivity, useUpdateActivity } from './useActivities';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

// The contract's field paths → this form's fields (a session's start/end share one range picker).
const formPath = (path: string): string => {
  const parts = path
    .replace(/^\/+/, '')
    .replace(/^body\./, '')
    .split(/[./]/);
  if (parts[0] === 'sessions' && parts[1] !== undefined) return `sessions.${parts[1]}`;
  if (parts[0] === 'registrationOpensAt' || parts[0] === 'registrationClosesAt') return 'registrationWindow';
  return parts.join('.');
};

// New activity (no `activity`) or an edit: a draft freely, a published one only where registrations
// stay intact (the server's rule; the fixed fields are shown disabled). Kind switches one time / N 节.
export const ActivityFormDrawer = ({
  open,
  onClose,
  activity,
}: {
  open: boolean;
  onClose: () => void;
  activity?: Activity;
}) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { data: me } = useMe();
  const organiserUnitId = activity?.orgUnitId ?? currentMembershipOf(me)?.orgUnitId;
  const [form] = Form.useForm<ActivityFormValues>();
  const showErrors = useServerFormErrors(form);
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const kind = Form.useWatch('kind', form) ?? activity?.kind ?? 'event';
  const published = activity?.status === 'published';
  const { can } = usePermissions();
  // The same query as the project picker's, so both read one answer.
  const running = useProjectList(
    { forUnitId: organiserUnitId, status: 'active', pageSize: 200 },
    open && can(PERMISSIONS.projectsRead),
  ).data?.items;

  // A new activity of a unit with exactly one running project belongs to it unless the user says otherwise.
  useEffect(() => {
    if (!open || activity || running?.length !== 1 || form.isFieldTouched('projectId')) return;
    form.setFieldValue('projectId', running[0].id);
  }, [open, activity, running, form]);

  const onError = (error: unknown) => {
    if (isApiError(error) && error.errors.length > 0) {
      showErrors(
        new ApiError({
          status: error.status,
          code: error.code,
          title: error.title,
          errors: error.errors.map((e) => ({ ...e, path: formPath(e.path) })),
        }),
      );
      return;
    }
    showErrors(error);
  };

  // 未关联项目 is a choice, not an oversight: asked when there is a running project to pick.
  const onFinish = () => {
    // getFieldsValue(true): antd 6's onFinish leaves out parts of Form.List.
    const input = inputFromValues(form.getFieldsValue(true) as ActivityFormValues);
    if (input.projectId || !running?.length) {
      save(input);
      return;
    }
    modal.confirm({
      title: t('activities.form.noProjectTitle'),
      content: t('activities.form.noProjectConfirm'),
      okText: t('activities.form.saveAnyway'),
      cancelText: t('common.cancel'),
      onOk: () => save(input),
    });
  };

  const save = (input: ReturnType<typeof inputFromValues>) => {
    if (activity) {
      update.mutate(
        { id: activity.id, input },
        {
          onSuccess: () => {
            void message.success(t('activities.updated'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(input, {
      onSuccess: (created) => {
        void message.success(t('activities.created'));
        onClose();
        navigate(`/activities/${created.id}`);
      },
      onError,
    });
  };

  // Until the user sets them, sign-up closes and cancellation ends when the first session starts.
  const onValuesChange = (changed: Partial<ActivityFormValues>, all: ActivityFormValues) => {
    if (!('sessions' in changed)) return;
    const first = all.sessions?.[0];
    if (!first) return;
    if (!form.isFieldTouched('registrationWindow') && all.registrationWindow?.[0]) {
      form.setFieldValue('registrationWindow', [all.registrationWindow[0], first[0]]);
    }
    if (!form.isFieldTouched('cancellationDeadline')) form.setFieldValue('cancellationDeadline', first[0]);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={activity ? t('activities.form.editTitle') : t('activities.form.createTitle')}
      size={mobile ? '100%' : 720}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Alert
        type={published ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={published ? t('activities.form.publishedHint') : t('activities.form.draftHint')}
      />
      <Form<ActivityFormValues>
        form={form}
        layout="vertical"
        name="activity-form"
        initialValues={activity ? valuesFromActivity(activity) : emptyActivityValues()}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        scrollToFirstError
      >
        <Form.Item name="kind" label={t('activities.form.kind')}>
          <Radio.Group
            disabled={published}
            optionType="button"
            buttonStyle="solid"
            options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('activities.form.title')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('activities.form.title') }),
            },
            { min: 2, max: 100 },
          ]}
        >
          <Input placeholder={t('activities.form.titlePlaceholder')} maxLength={100} disabled={published} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="brands" label={t('activities.form.brands')}>
              <BrandSelect unitId={organiserUnitId} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="targetGroups" label={t('activities.form.targetGroups')}>
              <Select
                mode="multiple"
                options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`activities.targetGroups.${g}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t('activities.form.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="projectId"
          label={t('activities.form.project')}
          extra={t('activities.form.projectHint')}
        >
          <ProjectSelect
            forUnitId={organiserUnitId}
            activeOnly
            current={
              activity?.projectId ? { id: activity.projectId, name: activity.projectName ?? '' } : null
            }
          />
        </Form.Item>

        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {kind === 'group' ? t('activities.form.sessions') : t('activities.form.eventTime')}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 12 }}>
          {kind === 'group'
            ? `${t('activities.form.groupHint')} ${t('activities.form.timeHint')}`
            : t('activities.form.timeHint')}
        </Typography.Paragraph>
        <Form.List name="sessions">
          {(fields, { add, remove }) => (
            <>
              {(kind === 'group' ? fields : fields.slice(0, 1)).map((field, index) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item
                    name={field.name}
                    label={kind === 'group' ? t('activities.sessionN', { n: index + 1 }) : undefined}
                    layout={kind === 'group' ? 'horizontal' : 'vertical'}
                    labelCol={kind === 'group' ? { flex: '64px' } : undefined}
                    rules={[
                      { required: true, message: t('activities.form.sessionRequired', { n: index + 1 }) },
                    ]}
                    style={{ flex: 1, minWidth: 0 }}
                  >
                    <DatePicker.RangePicker
                      showTime={{ format: 'HH:mm' }}
                      format={PICKER_FORMAT}
                      placeholder={[t('activities.form.start'), t('activities.form.end')]}
                      style={{ width: '100%' }}
                      data-testid={`session-${index + 1}`}
                    />
                  </Form.Item>
                  {kind === 'group' && fields.length > 1 && !published ? (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('activities.form.removeSession', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  ) : null}
                </div>
              ))}
              {kind === 'group' && !published ? (
                <Form.Item>
                  <Button
                    type="dashed"
                    block
                    icon={<PlusOutlined />}
                    onClick={() => {
                      // The next 节 a week after the last one, at the same hour.
                      const sessions = form.getFieldValue('sessions') as (TimeRange | null)[];
                      const last = sessions.at(-1);
                      add(last ? [last[0].add(7, 'day'), last[1].add(7, 'day')] : undefined);
                    }}
                  >
                    {t('activities.form.addSession')}
                  </Button>
                </Form.Item>
              ) : null}
            </>
          )}
        </Form.List>

        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="registrationWindow"
              label={t('activities.form.registrationWindow')}
              rules={[{ required: true, message: t('activities.form.registrationWindowRequired') }]}
            >
              <DatePicker.RangePicker
                showTime={{ format: 'HH:mm' }}
                format={PICKER_FORMAT}
                placeholder={[t('activities.form.start'), t('activities.form.end')]}
                style={{ width: '100%' }}
                disabled={published}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="cancellationDeadline"
              label={t('activities.form.cancellationDeadline')}
              rules={[
                {
                  required: true,
                  message: t('common.requiredSelect', { field: t('activities.form.cancellationDeadline') }),
                },
              ]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format={PICKER_FORMAT}
                style={{ width: '100%' }}
                disabled={published}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="priorityOpensAt"
          label={t('activities.form.priorityOpensAt')}
          extra={t('activities.form.priorityHint')}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={PICKER_FORMAT}
            style={{ width: '100%', maxWidth: 320 }}
            disabled={published}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="capacity"
              label={t('activities.form.capacity')}
              rules={[
                { required: true, message: t('common.required', { field: t('activities.form.capacity') }) },
              ]}
            >
              <InputNumber
                min={1}
                max={100000}
                precision={0}
                style={{ width: '100%' }}
                disabled={published}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="audience" label={t('activities.form.audience')}>
              <Radio.Group
                disabled={published}
                options={AUDIENCES.map((a) => ({ value: a, label: t(`activities.audiences.${a}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('activities.form.description')}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
};
