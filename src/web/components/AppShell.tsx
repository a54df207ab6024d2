import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useIsMobile } from '../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../hooks/useMe';
import { PERMISSIONS, usePermissions } from '../hooks/usePermissions';
import { BrandMark } from './BrandMark';
import { CurrentIdentity } from './CurrentIdentity';
import { LanguageToggle } from './LanguageToggle';
import { MembershipSwitcher } from './MembershipSwitcher';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

const SIDER_WIDTH = 224;

// The phone-size menu drawer loads only on a phone-size screen (keeping it out of the desk's first page).
const NavDrawer = lazy(() => import('./NavDrawer').then((m) => ({ default: m.NavDrawer })));
// The header's resident search loads after the page, for the roles that read the registry.
const ResidentSearch = lazy(() => import('./ResidentSearch').then((m) => ({ default: m.ResidentSearch })));

// The signed-in frame: side menu (a drawer on phones), header with identity, language and user menu.
export const AppShell = () => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const mobile = useIsMobile();
  const { can } = usePermissions();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (!me) return null;
  const membership = currentMembershipOf(me);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {mobile ? null : (
        <Layout.Sider
          width={SIDER_WIDTH}
          collapsible
          collapsed={collapsed}
          trigger={null}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <div
            style={{ height: 64, display: 'flex', alignItems: 'center', paddingInline: collapsed ? 24 : 20 }}
          >
            <BrandMark dark compact={collapsed} />
          </div>
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            paddingInline: mobile ? 8 : 20,
            borderBottom: '1px solid #eef0f4',
            boxShadow: '0 1px 4px rgba(0, 21, 41, 0.06)',
          }}
        >
          {mobile ? (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('nav.menu')}
                data-testid="nav-drawer-toggle"
                onClick={() => setDrawerOpen(true)}
              />
              <BrandMark />
            </>
          ) : (
            <Button
              type="text"
              aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed((value) => !value)}
            />
          )}
          <div style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 12 }}>
            {!mobile && membership ? (
              me.memberships.length > 1 ? (
                <>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {t('shell.currentIdentity')}
                  </Typography.Text>
                  <MembershipSwitcher me={me} />
                </>
              ) : (
                <CurrentIdentity membership={membership} />
              )
            ) : null}
          </div>
          {!mobile && can(PERMISSIONS.residentsRead) ? (
            <Suspense fallback={null}>
              <ResidentSearch />
            </Suspense>
          ) : null}
          <LanguageToggle />
          <UserMenu me={me} compact={mobile} />
        </Layout.Header>
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Suspense
            fallback={
              <div style={{ padding: 48, textAlign: 'center' }}>
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12, padding: '12px 16px' }}>
          {t('app.footer')}
        </Layout.Footer>
      </Layout>
      {mobile ? (
        <Suspense fallback={null}>
          <NavDrawer me={me} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      ) : null}
    </Layout>
  );
};
