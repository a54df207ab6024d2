import { App, Button, DatePicker, Drawer, Form, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ResidentSearchSelect } from '../activities/ResidentSearchSelect';
import { ProjectSelect } from '../projects/ProjectSelect';
import { useWorkUnitId } from '../projects/useWorkUnitId';
import { SupervisorSelect } from './SupervisorSelect';
import { useOpenCase } from './useCases';

type Values = {
  residentId?: string;
  openedOn: Dayjs;
  supervisorUserId: string | null;
  projectId?: string;
  summary: string;
};

const afterToday = (day: Dayjs) => day.isAfter(dayjs(), 'day');

// 接案: the caller becomes the case worker; the intake summary is the case's first record.
export const OpenCaseDrawer = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const openCase = useOpenCase();
  const residentId = Form.useWatch('residentId', form);
  const workUnitId = useWorkUnitId();

  const onFinish = (values: Values) =>
    openCase.mutate(
      {
        residentId: values.residentId ?? '',
        openedOn: values.openedOn.format('YYYY-MM-DD'),
        supervisorUserId: values.supervisorUserId ?? null,
        projectId: values.projectId ?? null,
        summary: values.summary,
      },
      {
        onSuccess: (created) => {
          void message.success(t('cases.form.opened'));
          onClose();
          navigate(`/cases/${created.id}`);
        },
        onError: showErrors,
      },
    );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('cases.form.title')}
      size={mobile ? '100%' : 560}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={openCase.isPending} onClick={() => form.submit()}>
            {t('cases.form.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('cases.form.hint')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="open-case"
        initialValues={{ openedOn: dayjs(), supervisorUserId: null }}
        onFinish={onFinish}
        onValuesChange={(changed) => {
          // Who may supervise depends on the client's community.
          if ('residentId' in changed) form.setFieldValue('supervisorUserId', null);
        }}
        scrollToFirstError
      >
        <Form.Item
          name="residentId"
          label={t('cases.form.client')}
          extra={t('cases.form.clientHint')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('cases.form.client') }) }]}
        >
          <ResidentSearchSelect />
        </Form.Item>
        <Form.Item
          name="openedOn"
          label={t('cases.form.openedOn')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('cases.form.openedOn') }) },
          ]}
        >
          <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="supervisorUserId"
          label={t('cases.form.supervisor')}
          extra={t('cases.form.supervisorHint')}
        >
          <SupervisorSelect residentId={residentId} />
        </Form.Item>
        <Form.Item name="projectId" label={t('cases.form.project')} extra={t('cases.form.projectHint')}>
          <ProjectSelect forUnitId={workUnitId} activeOnly />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('cases.form.summary')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('cases.form.summary') }),
            },
            { min: 2, max: 5000 },
          ]}
        >
          <Input.TextArea
            rows={6}
            maxLength={5000}
            showCount
            placeholder={t('cases.form.summaryPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
};
