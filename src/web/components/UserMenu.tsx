import { KeyOutlined, LogoutOutlined, PoweroffOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { useErrorText } from '../hooks/useErrorText';
import { useSignOut } from '../hooks/useSignOut';

// The form library loads when 修改密码 is first opened, not with every desk page.
const ChangePasswordModal = lazy(() =>
  import('./ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })),
);

export const UserMenu = ({ me, compact = false }: { me: Me; compact?: boolean }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const signOut = useSignOut();
  const [passwordOpen, setPasswordOpen] = useState(false);

  const confirmSignOutEverywhere = () => {
    modal.confirm({
      title: t('shell.signOutEverywhereConfirmTitle'),
      content: t('shell.signOutEverywhereConfirm'),
      okText: t('shell.signOutEverywhere'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await signOut('everywhere');
          void message.success(t('shell.signedOutEverywhere'));
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          items: [
            {
              key: 'who',
              disabled: true,
              label: (
                <div style={{ lineHeight: 1.4 }}>
                  <div style={{ fontWeight: 600, color: 'rgba(0,0,0,0.88)' }}>{me.user.name}</div>
                  <div style={{ fontSize: 12 }}>{me.user.username}</div>
                </div>
              ),
            },
            { type: 'divider' },
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: t('shell.changePassword'),
              onClick: () => setPasswordOpen(true),
            },
            {
              key: 'everywhere',
              icon: <PoweroffOutlined />,
              label: t('shell.signOutEverywhere'),
              onClick: confirmSignOutEverywhere,
            },
            { type: 'divider' },
            {
              key: 'sign-out',
              icon: <LogoutOutlined />,
              danger: true,
              label: t('shell.signOut'),
              onClick: () => {
                void signOut('here').then(() => message.success(t('auth.signedOut')));
              },
            },
          ],
        }}
      >
        <Button
          type="text"
          aria-label={t('shell.userMenu')}
          data-testid="user-menu"
          style={{ paddingInline: 6 }}
        >
          <Avatar size="small" style={{ backgroundColor: '#1668dc' }} icon={<UserOutlined />} />
          {compact ? null : (
            <span
              style={{ maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            >
              {me.user.name}
            </span>
          )}
        </Button>
      </Dropdown>
      {passwordOpen ? (
        <Suspense fallback={null}>
          <ChangePasswordModal open onClose={() => setPasswordOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
};
