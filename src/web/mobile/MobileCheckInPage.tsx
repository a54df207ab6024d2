import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DotLoading, Result } from 'antd-mobile';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { checkInMe } from '../api/activities';
import { useErrorText } from '../hooks/useErrorText';
import { MobilePage } from './MobilePage';
import { MY_ACTIVITIES_KEY, MY_REGISTRATIONS_KEY, useMyActivities } from './useMyActivities';

// Where the room's QR code leads: the code is sent as soon as the page opens (sign-in comes first
// when needed, and returns here with the code).
export const MobileCheckInPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const code = params.get('code')?.trim() ?? '';
  const checkIn = useMutation({
    mutationFn: checkInMe,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: MY_ACTIVITIES_KEY }),
        queryClient.invalidateQueries({ queryKey: MY_REGISTRATIONS_KEY }),
      ]),
  });
  const mine = useMyActivities();
  const sent = useRef(false);
  const { mutate } = checkIn;

  useEffect(() => {
    // Once per page, even when React runs effects twice.
    if (!code || sent.current) return;
    sent.current = true;
    mutate(code);
  }, [code, mutate]);

  const home = (
    <Button block size="large" onClick={() => navigate('/m/me')}>
      {t('mobile.checkIn.toHome')}
    </Button>
  );

  let body: React.ReactNode;
  if (!code) {
    body = (
      <Result status="warning" title={t('mobile.checkIn.failed')} description={t('mobile.checkIn.noCode')} />
    );
  } else if (checkIn.isSuccess) {
    const outcome = checkIn.data;
    // An event has one session: its number says nothing. (The answer does not say the kind.)
    const isEvent = mine.data?.items.some((a) => a.title === outcome.activityTitle && a.kind === 'event');
    body = (
      <Result
        status="success"
        title={
          <span data-testid="check-in-result" style={{ fontSize: '1.5em', fontWeight: 700 }}>
            {t('mobile.checkIn.success')}
          </span>
        }
        description={
          <div style={{ fontSize: '1.1em', color: '#262626', marginTop: 8 }}>
            <div>
              {isEvent
                ? outcome.activityTitle
                : t('mobile.checkIn.session', { title: outcome.activityTitle, n: outcome.sessionSeq })}
            </div>
            {outcome.alreadyCheckedIn ? (
              <div style={{ color: '#8c8c8c' }}>{t('mobile.checkIn.already')}</div>
            ) : null}
          </div>
        }
      />
    );
  } else if (checkIn.isError) {
    body = (
      <>
        <Result
          status="error"
          title={
            <span data-testid="check-in-result" style={{ fontSize: '1.5em', fontWeight: 700 }}>
              {t('mobile.checkIn.failed')}
            </span>
          }
          description={
            <div style={{ fontSize: '1.1em', color: '#262626', marginTop: 8 }}>
              {errorText(checkIn.error)}
            </div>
          }
        />
        <Button block size="large" color="primary" onClick={() => mutate(code)} style={{ marginBottom: 12 }}>
          {t('mobile.checkIn.retry')}
        </Button>
      </>
    );
  } else {
    body = (
      <div style={{ padding: '64px 0', textAlign: 'center' }}>
        <div style={{ fontSize: 32 }}>
          <DotLoading color="primary" />
        </div>
        <div style={{ marginTop: 12 }}>{t('mobile.checkIn.submitting')}</div>
      </div>
    );
  }

  return (
    <MobilePage title={t('mobile.checkIn.title')} onBack={() => navigate('/m')}>
      <div style={{ background: '#fff', borderRadius: 12, padding: '8px 16px 16px' }}>
        {body}
        {checkIn.isPending ? null : home}
      </div>
    </MobilePage>
  );
};
