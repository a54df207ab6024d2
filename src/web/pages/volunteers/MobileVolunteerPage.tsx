import {
  Button,
  Card,
  DotLoading,
  ErrorBlock,
  Form,
  Input,
  List,
  Selector,
  Space,
  Tag,
  Toast,
} from 'antd-mobile';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useErrorText } from '../../hooks/useErrorText';
import { MobilePage } from '../../mobile/MobilePage';
import { TAG_STYLE } from '../../mobile/tagStyle';
import { AFFILIATIONS, type Affiliation, downloadOwnCertificate, type OwnVolunteerView } from './api';
import { GUARDIAN_ERROR } from './guardian';
import { MobileServiceRecords } from './MobileServiceRecords';
import { MobileShiftList } from './MobileShiftList';
import { StarLevel } from './StarLevel';
import { useApplyAsVolunteer, useOwnVolunteer } from './useVolunteers';
import { hoursOf } from './VolunteerTags';

const IDENTITY_ERROR = 'volunteers.identity_required';

// 我的志愿 on the phone: the application for a newcomer, its status, and for an active volunteer their
// number, stars, hours, open positions, shifts, records and certificate.
export const MobileVolunteerPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const own = useOwnVolunteer();
  const back = () => navigate('/m');

  let body: ReactNode;
  if (own.isPending) {
    body = (
      <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
        <DotLoading color="primary" />
      </div>
    );
  } else if (own.isError && !(isApiError(own.error) && own.error.status === 404)) {
    body = <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(own.error)} />;
  } else if (!own.data || own.data.status === 'rejected') {
    body = (
      <>
        {own.data ? <StatusCard volunteer={own.data} /> : null}
        {own.data?.status === 'rejected' ? null : <ApplicationForm />}
      </>
    );
  } else if (own.data.status === 'active') {
    body = <ActiveVolunteer volunteer={own.data} />;
  } else {
    body = <StatusCard volunteer={own.data} />;
  }
  return (
    <MobilePage title={t('volunteers.phone.title')} onBack={back}>
      {body}
    </MobilePage>
  );
};

const StatusCard = ({ volunteer }: { volunteer: OwnVolunteerView }) => {
  const { t } = useTranslation();
  const state =
    volunteer.status === 'applied' ? 'applied' : volunteer.status === 'rejected' ? 'rejected' : 'left';
  return (
    <Card style={{ marginBottom: 12 }} data-testid="volunteer-status">
      <div style={{ fontSize: 20, fontWeight: 600, marginBottom: 8 }}>{t(`volunteers.phone.${state}`)}</div>
      <div style={{ fontSize: 16, color: '#555', lineHeight: 1.6 }}>
        {state === 'applied' ? t('volunteers.phone.appliedHint') : null}
        {state === 'rejected'
          ? t('volunteers.phone.rejectReason', { reason: volunteer.rejectReason ?? '' })
          : null}
        {state === 'left' ? t('volunteers.phone.leftHint') : null}
      </div>
    </Card>
  );
};

type ApplyValues = {
  name?: string;
  idNumber?: string;
  mobile?: string;
  affiliation: Affiliation[];
  affiliationName?: string;
  skills?: string;
  availability?: string;
  guardianName?: string;
  guardianMobile?: string;
  relation?: string;
};

const ApplicationForm = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const apply = useApplyAsVolunteer();
  const [form] = Form.useForm<ApplyValues>();
  const [askIdentity, setAskIdentity] = useState(false);
  const [askGuardian, setAskGuardian] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = (v: ApplyValues) => {
    setProblem(null);
    apply.mutate(
      {
        identity: askIdentity
          ? {
              name: v.name?.trim() ?? '',
              idType: 'residentId',
              idNumber: v.idNumber?.trim() ?? '',
              mobile: v.mobile?.trim() || undefined,
            }
          : undefined,
        skills: (v.skills ?? '')
          .split(/[,，、\s]+/)
          .map((s) => s.trim())
          .filter(Boolean),
        availability: v.availability?.trim() ?? '',
        affiliation: v.affiliation[0] ?? 'resident',
        affiliationName: v.affiliationName?.trim() ?? '',
        guardianConsent: askGuardian
          ? {
              guardianName: v.guardianName?.trim() ?? '',
              guardianMobile: v.guardianMobile?.trim() ?? '',
              relation: v.relation?.trim() ?? '',
            }
          : undefined,
      },
      {
        onSuccess: () => Toast.show({ icon: 'success', content: t('volunteers.phone.submitted') }),
        onError: (error) => {
          // The server knows whether the account is linked to the registry and the person's age: it
          // asks for what is missing, and the form opens those fields.
          if (isApiError(error) && error.code === IDENTITY_ERROR) setAskIdentity(true);
          if (isApiError(error) && error.code === GUARDIAN_ERROR) setAskGuardian(true);
          setProblem(errorText(error));
        },
      },
    );
  };

  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <>
      <Card style={{ marginBottom: 12 }}>
        <div style={{ fontSize: 20, fontWeight: 600, marginBottom: 8 }}>
          {t('volunteers.phone.applyTitle')}
        </div>
        <div style={{ fontSize: 16, color: '#555', lineHeight: 1.6 }}>{t('volunteers.phone.applyIntro')}</div>
        <div style={{ fontSize: 15, color: '#888', lineHeight: 1.6, marginTop: 6 }}>
          {askIdentity ? t('volunteers.phone.identityNeeded') : t('volunteers.phone.linkedIdentity')}
        </div>
      </Card>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ affiliation: ['resident'] }}
        onFinish={onFinish}
        style={{ '--font-size': '17px' } as CSSProperties}
        footer={
          <>
            {problem ? (
              <div
                role="alert"
                style={{ color: '#ff3141', fontSize: 16, marginBottom: 12 }}
                data-testid="apply-error"
              >
                {problem}
              </div>
            ) : null}
            <Button block type="submit" color="primary" size="large" loading={apply.isPending}>
              {t('volunteers.phone.submit')}
            </Button>
          </>
        }
      >
        {askIdentity ? (
          <>
            <Form.Header>{t('volunteers.phone.identityTitle')}</Form.Header>
            <Form.Item
              name="name"
              label={t('volunteers.form.name')}
              rules={required(t('volunteers.form.nameRequired'))}
            >
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('volunteers.form.idNumber')}
              rules={required(t('volunteers.form.idNumberRequired'))}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
            <Form.Item name="mobile" label={t('volunteers.form.mobile')}>
              <Input maxLength={11} type="tel" />
            </Form.Item>
          </>
        ) : null}
        <Form.Header>{t('volunteers.phone.profileTitle')}</Form.Header>
        <Form.Item name="affiliation" label={t('volunteers.form.affiliation')}>
          <Selector
            columns={3}
            options={AFFILIATIONS.map((a) => ({ value: a, label: t(`volunteers.affiliations.${a}`) }))}
          />
        </Form.Item>
        <Form.Item name="affiliationName" label={t('volunteers.form.affiliationName')}>
          <Input maxLength={60} placeholder={t('volunteers.form.affiliationNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="skills" label={t('volunteers.form.skills')}>
          <Input maxLength={200} placeholder={t('volunteers.form.skillsPlaceholder')} />
        </Form.Item>
        <Form.Item name="availability" label={t('volunteers.form.availability')}>
          <Input maxLength={200} placeholder={t('volunteers.form.availabilityPlaceholder')} />
        </Form.Item>
        {askGuardian ? (
          <>
            <Form.Header>{t('volunteers.form.guardianTitle')}</Form.Header>
            <Form.Item
              name="guardianName"
              label={t('volunteers.form.guardianName')}
              rules={required(t('volunteers.form.guardianName'))}
            >
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item
              name="guardianMobile"
              label={t('volunteers.form.guardianMobile')}
              rules={required(t('volunteers.form.guardianMobile'))}
            >
              <Input maxLength={11} type="tel" />
            </Form.Item>
            <Form.Item
              name="relation"
              label={t('volunteers.form.relation')}
              rules={required(t('volunteers.form.relation'))}
            >
              <Input maxLength={20} placeholder={t('volunteers.form.relationPlaceholder')} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </>
  );
};

const ActiveVolunteer = ({ volunteer }: { volunteer: OwnVolunteerView }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [downloading, setDownloading] = useState(false);
  const certificate = () => {
    setDownloading(true);
    downloadOwnCertificate()
      .then(() => Toast.show({ icon: 'success', content: t('volunteers.phone.downloaded') }))
      .catch((error: unknown) => Toast.show({ icon: 'fail', content: errorText(error), duration: 3000 }))
      .finally(() => setDownloading(false));
  };
  return (
    <Space direction="vertical" block style={{ '--gap': '12px' }}>
      <Card data-testid="volunteer-card">
        <div style={{ fontSize: 22, fontWeight: 600 }}>{volunteer.name}</div>
        <List style={{ '--font-size': '17px', marginTop: 8 }}>
          <List.Item extra={<span data-testid="volunteer-no">{volunteer.volunteerNo}</span>}>
            {t('volunteers.phone.volunteerNo')}
          </List.Item>
          <List.Item extra={<StarLevel minutes={volunteer.approvedMinutes} size={18} />}>
            {t('volunteers.phone.star')}
          </List.Item>
          <List.Item
            extra={
              <span data-testid="volunteer-hours">
                {t('volunteers.phone.hoursValue', { hours: hoursOf(volunteer.approvedMinutes) })}
              </span>
            }
          >
            {t('volunteers.phone.totalHours')}
          </List.Item>
          {volunteer.teams.length ? (
            <List.Item description={volunteer.teams.map((team) => team.name).join('、')}>
              {t('volunteers.phone.teams')}
            </List.Item>
          ) : null}
        </List>
        <Space wrap style={{ marginTop: 8 }}>
          <Tag color="primary" fill="outline" style={TAG_STYLE}>
            {t(`volunteers.roles.${volunteer.role}`)}
          </Tag>
          <Tag color="default" fill="outline" style={TAG_STYLE}>
            {t(`volunteers.affiliations.${volunteer.affiliation}`)}
          </Tag>
        </Space>
      </Card>
      <MobileShiftList />
      <MobileServiceRecords />
      <Button block size="large" color="primary" fill="outline" loading={downloading} onClick={certificate}>
        {t('volunteers.phone.certificate')}
      </Button>
    </Space>
  );
};
