import { Button, Card, Dialog, Empty, List, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { TAG_STYLE } from '../../mobile/tagStyle';
import { formatMinute } from '../activities/activityTime';
import type { Position } from './records-api';
import { useOpenPositions, useShiftSignUp } from './useServiceRecords';

// Open positions of the volunteer's community's activities: 报名 / 取消报名, each confirmed first.
export const MobileShiftList = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, isPending } = useOpenPositions(true);
  const toggle = useShiftSignUp();

  const act = async (position: Position) => {
    const signedUp = !!position.myShiftId;
    const sure = await Dialog.confirm({
      content: t(signedUp ? 'volunteers.phone.cancelConfirm' : 'volunteers.phone.signUpConfirm', {
        title: position.title,
      }),
      confirmText: t(signedUp ? 'volunteers.phone.cancel' : 'volunteers.phone.signUp'),
      cancelText: signedUp ? t('volunteers.phone.cancelKeep') : t('common.cancel'),
    });
    if (!sure) return;
    toggle.mutate(
      { positionId: position.id, shiftId: position.myShiftId },
      {
        onSuccess: () =>
          Toast.show({
            icon: 'success',
            content: t(signedUp ? 'volunteers.phone.cancelled' : 'volunteers.phone.signedUp'),
          }),
        onError: (error) => Toast.show({ icon: 'fail', content: errorText(error), duration: 3000 }),
      },
    );
  };

  const items = data?.items ?? [];
  return (
    <Card title={<span style={{ fontSize: 18 }}>{t('volunteers.phone.positions')}</span>}>
      {isPending ? null : items.length === 0 ? (
        <Empty description={t('volunteers.phone.noPositions')} />
      ) : (
        <List style={{ '--font-size': '17px' }}>
          {items.map((p) => (
            <List.Item
              key={p.id}
              data-testid="open-position"
              description={
                <div style={{ lineHeight: 1.6 }}>
                  {p.activityTitle ? <div>{p.activityTitle}</div> : null}
                  <div>
                    {formatMinute(p.startsAt)} – {formatMinute(p.endsAt).slice(-5)}
                  </div>
                  {p.place ? <div>{p.place}</div> : null}
                  <div>{t('volunteers.phone.placesLeft', { left: p.count - p.filled, count: p.count })}</div>
                </div>
              }
              extra={
                <Button
                  size="middle"
                  color={p.myShiftId ? 'danger' : 'primary'}
                  fill={p.myShiftId ? 'outline' : 'solid'}
                  loading={toggle.isPending && toggle.variables?.positionId === p.id}
                  disabled={!p.myShiftId && p.filled >= p.count}
                  onClick={() => void act(p)}
                  style={{ minHeight: 44 }}
                >
                  {p.myShiftId ? t('volunteers.phone.cancel') : t('volunteers.phone.signUp')}
                </Button>
              }
            >
              <span style={{ fontWeight: 600 }}>{p.title}</span>
              {p.myShiftId ? (
                <Tag color="success" fill="outline" style={{ ...TAG_STYLE, marginInlineStart: 6 }}>
                  {t('volunteers.phone.signedUp')}
                </Tag>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
};
