import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cancelMine, type MyActivity, registerMe } from '../api/activities';
import { useErrorText } from '../hooks/useErrorText';
import { confirm, showToast } from './feedback';
import { MY_ACTIVITIES_KEY, MY_REGISTRATIONS_KEY } from './useMyActivities';

// 报名 and 取消报名 from the phone, with the server's Chinese refusals shown as they come.
export const useRegistrationActions = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  // 我的 lists the same registrations: both lists follow.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: MY_ACTIVITIES_KEY }),
      queryClient.invalidateQueries({ queryKey: MY_REGISTRATIONS_KEY }),
    ]);
  const fail = (error: unknown) => {
    showToast({ icon: 'fail', content: errorText(error), duration: 3000 });
    void refresh();
  };

  const signUp = useMutation({
    mutationFn: (activity: MyActivity) => registerMe(activity.id),
    onSuccess: (outcome) => {
      showToast({
        icon: 'success',
        content:
          outcome.status === 'waitlisted'
            ? t('mobile.waitlistedToast', { n: outcome.waitlistRank ?? '' })
            : t('mobile.registeredToast'),
        duration: 2500,
      });
      return refresh();
    },
    onError: fail,
  });

  const withdraw = useMutation({
    mutationFn: (activity: MyActivity) => cancelMine(activity.id),
    onSuccess: () => {
      showToast({ icon: 'success', content: t('mobile.cancelledToast') });
      return refresh();
    },
    onError: fail,
  });

  const cancel = async (activity: MyActivity) => {
    const sure = await confirm({
      content: t('mobile.cancelConfirm', { title: activity.title }),
      confirmText: t('mobile.cancelConfirmOk'),
      cancelText: t('mobile.keep'),
    });
    if (sure) withdraw.mutate(activity);
  };

  return {
    register: (activity: MyActivity) => signUp.mutate(activity),
    cancel: (activity: MyActivity) => void cancel(activity),
    busyId: signUp.isPending ? signUp.variables?.id : withdraw.isPending ? withdraw.variables?.id : undefined,
  };
};
