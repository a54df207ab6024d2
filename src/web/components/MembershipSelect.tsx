import { App, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { currentMembershipOf } from '../hooks/useMe';
import { useSwitchMembership } from '../hooks/useSwitchMembership';

// The switcher itself, loaded only for a user with more than one membership (see MembershipSwitcher).
export const MembershipSelect = ({ me, block = false }: { me: Me; block?: boolean }) => {
  const { t } = useTranslation();
  const switchTo = useSwitchMembership();
  const { message } = App.useApp();
  const current = currentMembershipOf(me);
  return (
    <Select
      data-testid="membership-switcher"
      aria-label={t('shell.switchMembership')}
      value={current?.id}
      onChange={(id: string) => {
        const next = me.memberships.find((m) => m.id === id);
        void switchTo(id).then(() => {
          if (next)
            void message.success(
              t('shell.switched', { unit: next.orgUnitName, role: t(`roles.${next.role}`) }),
            );
        });
      }}
      popupMatchSelectWidth={false}
      style={block ? { width: '100%' } : { minWidth: 200, maxWidth: 320 }}
      options={me.memberships.map((m) => ({
        value: m.id,
        label: `${m.orgUnitName} · ${t(`roles.${m.role}`)}`,
      }))}
    />
  );
};
