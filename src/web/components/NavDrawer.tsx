import { Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { currentMembershipOf } from '../hooks/useMe';
import { BrandMark } from './BrandMark';
import { CurrentIdentity } from './CurrentIdentity';
import { MembershipSwitcher } from './MembershipSwitcher';
import { SideMenu } from './SideMenu';

/** The side menu as a drawer, on a phone-size screen: brand, acting identity and the menu. */
export const NavDrawer = ({ me, open, onClose }: { me: Me; open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const membership = currentMembershipOf(me);
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={264}
      closable={false}
      styles={{ body: { padding: 0, background: '#0b1f3a' }, header: { display: 'none' } }}
    >
      <div style={{ padding: '16px 20px', borderBottom: '1px solid rgba(255,255,255,0.08)' }}>
        <BrandMark dark />
        <Typography.Text
          style={{ color: 'rgba(255,255,255,0.65)', fontSize: 12, display: 'block', marginTop: 8 }}
        >
          {t('app.subtitle')}
        </Typography.Text>
      </div>
      {membership ? (
        <div style={{ padding: '12px 20px', borderBottom: '1px solid rgba(255,255,255,0.08)' }}>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.65)', fontSize: 12 }}>
            {t('shell.currentIdentity')}
          </Typography.Text>
          <div style={{ marginTop: 6 }}>
            {me.memberships.length > 1 ? (
              <MembershipSwitcher me={me} block />
            ) : (
              <CurrentIdentity membership={membership} dark />
            )}
          </div>
        </div>
      ) : null}
      <SideMenu onNavigate={onClose} />
    </Drawer>
  );
};
