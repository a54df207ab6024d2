import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isPhonePagePath } from '../../../core/phone-pages';
import { isApiError } from '../../api/ApiError';
import { signIn } from '../../api/auth';
import { MEMBERSHIP_STORAGE_KEY } from '../../api/client';
import { fetchMe, saveLocale } from '../../api/me';
import { BrandMark } from '../../components/BrandMark';
import { LanguageToggle } from '../../components/LanguageToggle';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { ME_QUERY_KEY, useMe } from '../../hooks/useMe';
import { applyLocale, storedLocale } from '../../i18n/locale';
import { landingFor } from '../../mobile/landing';
import { SignInHero } from './SignInHero';

type Values = { identifier: string; password: string };

// 忘记密码: nobody can reset their own password here; the text says who does (users.manage is held by
// street and district admins; a resident reaches them through the community's staff).
const ForgotPasswordModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('auth.forgotTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" size="large" onClick={onClose}>
          {t('auth.forgotOk')}
        </Button>
      }
    >
      <div data-testid="forgot-password-help" style={{ fontSize: 16, lineHeight: 1.7 }}>
        <Typography.Paragraph style={{ fontSize: 'inherit' }}>
          {t('auth.forgotResident')}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 'inherit' }}>{t('auth.forgotStaff')}</Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 'inherit', marginBottom: 0 }}>
          {t('auth.forgotThen')}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
};

export const SignInPage = () => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { data: me } = useMe();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [forgotOpen, setForgotOpen] = useState(false);
  // Set once this form's sign-in succeeded: the page then leaves by itself, and the signed-in user now in
  // the cache must not also send it away (to /m that would load the phone pages twice).
  const leaving = useRef(false);

  if (me && !leaving.current) return <Navigate to={landingFor(me, params.get('next'))} replace />;

  const explain = (error: unknown): string => {
    if (isApiError(error)) {
      // The lock-out answers 429 (or 423) with code auth.locked; better-auth's own limiter answers a bare 429.
      if (error.code === 'auth.locked' || error.status === 423) return t('auth.locked');
      if (error.status === 429) return t('auth.tooManyAttempts');
      if (/banned/i.test(error.code)) return t('auth.banned');
      if (error.status === 401) return t('auth.wrongCredentials');
      if (error.status === 400 && /INVALID|PASSWORD|USERNAME|PHONE/i.test(error.code)) {
        return t('auth.wrongCredentials');
      }
    }
    return errorText(error);
  };

  const onFinish = async (values: Values) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await signIn(values.identifier, values.password);
      leaving.current = true;
      // A new user: the previous user's acting membership and cached data must not leak over.
      window.localStorage.removeItem(MEMBERSHIP_STORAGE_KEY);
      queryClient.clear();
      const fresh = await queryClient.fetchQuery({ queryKey: ME_QUERY_KEY, queryFn: () => fetchMe() });
      // The account's saved language applies unless this browser already chose one; a choice made
      // here is saved on the account, since the server answers signed-in requests in that language.
      const chosen = storedLocale();
      if (!chosen) applyLocale(fresh.user.locale);
      else if (chosen !== fresh.user.locale) {
        await saveLocale(chosen).catch(() => undefined);
        queryClient.setQueryData(ME_QUERY_KEY, { ...fresh, user: { ...fresh.user, locale: chosen } });
      }
      // Residents and volunteers land on the phone pages, the others on the desk. The phone pages are a
      // page of their own: load it in place of sign-in (the address changes once it has loaded).
      const target = landingFor(fresh, params.get('next'));
      if (isPhonePagePath(target)) window.location.replace(target);
      else navigate(target, { replace: true });
    } catch (error) {
      leaving.current = false;
      setFailure(explain(error));
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        background: mobile ? 'linear-gradient(180deg, #eaf2ff 0%, #f5f7fa 45%)' : '#f5f7fa',
      }}
    >
      {mobile ? null : <SignInHero />}
      <div
        style={{
          flex: mobile ? '1 1 auto' : '0 0 520px',
          display: 'flex',
          flexDirection: 'column',
          padding: mobile ? '16px 16px 24px' : '24px 48px',
          minWidth: 0,
        }}
      >
        <div
          style={{
            display: 'flex',
            justifyContent: mobile ? 'space-between' : 'flex-end',
            alignItems: 'center',
          }}
        >
          {mobile ? <BrandMark /> : null}
          <LanguageToggle />
        </div>
        <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Card
            variant={mobile ? 'borderless' : 'outlined'}
            style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 24px rgba(11, 31, 58, 0.08)' }}
            styles={{ body: { padding: mobile ? 24 : 36 } }}
          >
            {mobile ? (
              <div style={{ marginBottom: 20 }}>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  {t('app.name')} <span style={{ fontWeight: 400, fontSize: 18 }}>{t('app.latinName')}</span>
                </Typography.Title>
                <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
              </div>
            ) : null}
            <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 24 }}>
              {t('auth.title')}
            </Typography.Title>
            {failure ? (
              <Alert
                type="error"
                showIcon
                title={failure}
                data-testid="sign-in-error"
                role="alert"
                style={{ marginBottom: 20 }}
              />
            ) : null}
            <Form<Values>
              name="sign-in"
              form={form}
              layout="vertical"
              size="large"
              requiredMark={false}
              onFinish={(values) => void onFinish(values)}
              onValuesChange={() => setFailure(null)}
            >
              <Form.Item
                name="identifier"
                label={t('auth.identifier')}
                rules={[{ required: true, whitespace: true, message: t('auth.identifierRequired') }]}
              >
                <Input
                  prefix={<UserOutlined style={{ color: '#bfbfbf' }} />}
                  placeholder={t('auth.identifierPlaceholder')}
                  autoComplete="username"
                  autoFocus={!mobile}
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('auth.password')}
                rules={[{ required: true, message: t('auth.passwordRequired') }]}
              >
                <Input.Password
                  prefix={<LockOutlined style={{ color: '#bfbfbf' }} />}
                  placeholder={t('auth.passwordPlaceholder')}
                  autoComplete="current-password"
                />
              </Form.Item>
              <Form.Item style={{ marginBottom: 0, marginTop: 8 }}>
                <Button type="primary" htmlType="submit" block loading={submitting}>
                  {t('auth.submit')}
                </Button>
              </Form.Item>
            </Form>
            <div style={{ textAlign: 'center', marginTop: 16 }}>
              <Button
                type="link"
                size="large"
                onClick={() => setForgotOpen(true)}
                data-testid="forgot-password"
              >
                {t('auth.forgot')}
              </Button>
            </div>
            <ForgotPasswordModal open={forgotOpen} onClose={() => setForgotOpen(false)} />
          </Card>
        </div>
        <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
          {t('auth.copyright')}
        </Typography.Text>
      </div>
    </div>
  );
};
