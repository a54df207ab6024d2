import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { ResidentSearchSelect } from '../activities/ResidentSearchSelect';
import {
  AFFILIATIONS,
  type Affiliation,
  VOLUNTEER_ROLES,
  type VolunteerDetail,
  type VolunteerRole,
} from './api';
import { GUARDIAN_ERROR, needsGuardian } from './guardian';
import { useCreateVolunteer, useUpdateVolunteer } from './useVolunteers';

const ID_TYPES = ['residentId', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'other'] as const;

type Values = {
  mode: 'registry' | 'standalone';
  residentId?: string;
  name?: string;
  idType?: (typeof ID_TYPES)[number];
  idNumber?: string;
  birthDate?: Dayjs;
  mobile?: string;
  skills: string[];
  availability?: string;
  affiliation: Affiliation;
  affiliationName?: string;
  role: VolunteerRole;
  dualRegistered: boolean;
  priority: boolean;
  guardianName?: string;
  guardianMobile?: string;
  relation?: string;
};

// 登记志愿者 (a resident of the registry, or a standalone person) and 编辑 (the profile only).
export const VolunteerFormDrawer = ({
  open,
  onClose,
  volunteer,
}: {
  open: boolean;
  onClose: () => void;
  volunteer?: VolunteerDetail;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const create = useCreateVolunteer();
  const update = useUpdateVolunteer();
  const [serverAskedGuardian, setServerAskedGuardian] = useState(false);
  const mode = Form.useWatch('mode', form);
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const birthDate = Form.useWatch('birthDate', form);
  const editing = !!volunteer;
  const showGuardian =
    !editing &&
    (serverAskedGuardian ||
      (mode === 'standalone' && needsGuardian(idType, idNumber, birthDate?.format('YYYY-MM-DD'))));

  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === GUARDIAN_ERROR) setServerAskedGuardian(true);
    showErrors(error);
  };

  const profile = (v: Values) => ({
    skills: v.skills,
    availability: v.availability ?? '',
    affiliation: v.affiliation,
    affiliationName: v.affiliationName ?? '',
    dualRegistered: v.dualRegistered,
    role: v.role,
    priority: v.priority,
  });

  const onFinish = (v: Values) => {
    if (volunteer) {
      update.mutate(
        { id: volunteer.id, input: profile(v) },
        {
          onSuccess: () => {
            void message.success(t('volunteers.form.saved'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      {
        ...profile(v),
        ...(v.mode === 'registry'
          ? { residentId: v.residentId }
          : {
              identity: {
                name: v.name ?? '',
                idType: v.idType ?? 'residentId',
                idNumber: v.idNumber ?? '',
                birthDate: v.birthDate?.format('YYYY-MM-DD'),
                mobile: v.mobile || undefined,
              },
            }),
        guardianConsent: showGuardian
          ? {
              guardianName: v.guardianName ?? '',
              guardianMobile: v.guardianMobile ?? '',
              relation: v.relation ?? '',
            }
          : undefined,
      },
      {
        onSuccess: (created) => {
          void message.success(t('volunteers.form.created', { name: created.name }));
          onClose();
          navigate(`/volunteers/${created.id}`);
        },
        onError,
      },
    );
  };

  const pending = create.isPending || update.isPending;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('volunteers.form.editTitle') : t('volunteers.form.title')}
      size={mobile ? '100%' : 560}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) setServerAskedGuardian(false);
      }}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="volunteer"
        preserve={false}
        initialValues={{
          mode: 'registry',
          idType: 'residentId',
          skills: volunteer?.skills ?? [],
          availability: volunteer?.availability ?? '',
          affiliation: volunteer?.affiliation ?? 'resident',
          affiliationName: volunteer?.affiliationName ?? '',
          role: volunteer?.role ?? 'member',
          dualRegistered: volunteer?.dualRegistered ?? false,
          priority: volunteer?.priority ?? false,
        }}
        onFinish={onFinish}
      >
        {editing ? null : (
          <>
            <Form.Item name="mode">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'registry', label: t('volunteers.form.fromRegistry') },
                  { value: 'standalone', label: t('volunteers.form.standalone') },
                ]}
              />
            </Form.Item>
            {mode === 'standalone' ? (
              <>
                <Form.Item
                  name="name"
                  label={t('volunteers.form.name')}
                  rules={[{ required: true, whitespace: true, message: t('volunteers.form.nameRequired') }]}
                >
                  <Input maxLength={30} />
                </Form.Item>
                <Space.Compact block>
                  <Form.Item name="idType" label={t('volunteers.form.idType')} style={{ width: 180 }}>
                    <Select
                      options={ID_TYPES.map((k) => ({ value: k, label: t(`volunteers.idTypes.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name="idNumber"
                    label={t('volunteers.form.idNumber')}
                    style={{ flex: 1 }}
                    rules={[
                      { required: true, whitespace: true, message: t('volunteers.form.idNumberRequired') },
                    ]}
                  >
                    <Input maxLength={40} autoComplete="off" />
                  </Form.Item>
                </Space.Compact>
                {idType && idType !== 'residentId' ? (
                  <Form.Item
                    name="birthDate"
                    label={t('volunteers.form.birthDate')}
                    extra={t('volunteers.form.birthDateHint')}
                  >
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                ) : null}
                <Form.Item name="mobile" label={t('volunteers.form.mobile')}>
                  <Input maxLength={11} inputMode="tel" />
                </Form.Item>
              </>
            ) : (
              <Form.Item
                name="residentId"
                label={t('volunteers.form.resident')}
                rules={[{ required: true, message: t('volunteers.form.residentRequired') }]}
              >
                <ResidentSearchSelect />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="affiliation" label={t('volunteers.form.affiliation')}>
          <Select
            options={AFFILIATIONS.map((a) => ({ value: a, label: t(`volunteers.affiliations.${a}`) }))}
          />
        </Form.Item>
        <Form.Item name="affiliationName" label={t('volunteers.form.affiliationName')}>
          <Input maxLength={60} placeholder={t('volunteers.form.affiliationNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="role" label={t('volunteers.form.role')}>
          <Radio.Group
            options={VOLUNTEER_ROLES.map((r) => ({ value: r, label: t(`volunteers.roles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="skills" label={t('volunteers.form.skills')}>
          <Select
            mode="tags"
            open={false}
            placeholder={t('volunteers.form.skillsPlaceholder')}
            tokenSeparators={[',', '，', '、']}
          />
        </Form.Item>
        <Form.Item name="availability" label={t('volunteers.form.availability')}>
          <Input maxLength={200} placeholder={t('volunteers.form.availabilityPlaceholder')} />
        </Form.Item>
        <Form.Item name="dualRegistered" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('volunteers.form.dualRegistered')}</Checkbox>
        </Form.Item>
        <Form.Item name="priority" valuePropName="checked">
          <Checkbox>{t('volunteers.form.priority')}</Checkbox>
        </Form.Item>
        {showGuardian ? (
          <>
            <Typography.Title level={5}>{t('volunteers.form.guardianTitle')}</Typography.Title>
            <Alert
              type="info"
              showIcon
              title={t('volunteers.form.guardianHint')}
              style={{ marginBottom: 12 }}
            />
            <Form.Item
              name="guardianName"
              label={t('volunteers.form.guardianName')}
              rules={[{ required: true, whitespace: true, message: t('volunteers.form.guardianName') }]}
            >
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item
              name="guardianMobile"
              label={t('volunteers.form.guardianMobile')}
              rules={[{ required: true, whitespace: true, message: t('volunteers.form.guardianMobile') }]}
            >
              <Input maxLength={11} inputMode="tel" />
            </Form.Item>
            <Form.Item
              name="relation"
              label={t('volunteers.form.relation')}
              rules={[{ required: true, whitespace: true, message: t('volunteers.form.relation') }]}
            >
              <Input maxLength={20} placeholder={t('volunteers.form.relationPlaceholder')} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Drawer>
  );
};
