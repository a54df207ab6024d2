import { Button } from 'antd-mobile';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signUpState } from '../../core/activities/sign-up-state';
import type { MyActivity } from '../api/activities';

// The one button that matters on an activity: 报名 / 报名候补 / 取消报名 while they are possible, and what
// the state is (报名已截止, 进行中 …) instead of a button that would fail when tapped.
export const SignUpButton = ({
  activity,
  busy,
  onRegister,
  onCancel,
}: {
  activity: MyActivity;
  busy: boolean;
  onRegister: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  // A volunteer holding the priority flag may sign up from the activity's priority opening.
  const state = signUpState(
    { ...activity, registrationOpensAt: activity.opensForMeAt },
    !!activity.myRegistration,
    new Date(),
  );
  const act = (action: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };
  if (state === 'cancellable') {
    return (
      <Button block size="large" color="danger" fill="outline" loading={busy} onClick={act(onCancel)}>
        {t('mobile.cancel')}
      </Button>
    );
  }
  if (state === 'open' || state === 'waitlist') {
    return (
      <Button block size="large" color="primary" loading={busy} onClick={act(onRegister)}>
        {t(state === 'open' ? 'mobile.register' : 'mobile.registerWaitlist')}
      </Button>
    );
  }
  return (
    <Button block size="large" disabled data-testid="m-sign-up-state">
      {t(`mobile.signUpStates.${state}`)}
    </Button>
  );
};
