import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../hooks/usePermissions';
import type { MobileEntry } from '../modules/webModule';
import { webModules } from '../modules/webModules';

// 我的 comes first: every resident and volunteer has one.
const ME: MobileEntry = {
  key: 'me',
  path: '/m/me',
  icon: UserOutlined,
  permission: null,
  order: 0,
  label: 'mobile.me.tile',
  summary: 'mobile.me.tileSummary',
};

const entries = [ME, ...webModules.flatMap((module) => module.mobileEntries ?? [])].sort(
  (a, b) => a.order - b.order,
);

// The phone home page's big tiles (我的, 我的志愿, 我的积分, 友邻超市 …): 我的, and one per module page the
// role may open.
export const MobileModuleTiles = () => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const visible = entries.filter((entry) => entry.permission === null || can(entry.permission));
  if (visible.length === 0) return null;
  return (
    <nav
      aria-label={t('mobile.services')}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
        gap: 10,
        marginBottom: 16,
      }}
    >
      {visible.map(({ key, path, icon: Icon, label, summary }) => (
        <Link
          key={key}
          to={path}
          data-testid={`m-tile-${key}`}
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 10,
            padding: '14px 12px',
            minHeight: 64,
            background: '#fff',
            borderRadius: 12,
            color: '#1f1f1f',
            boxShadow: '0 1px 2px rgba(0,0,0,0.04)',
          }}
        >
          <span style={{ fontSize: '1.5em', color: '#1668dc', display: 'flex' }}>
            <Icon />
          </span>
          <span style={{ minWidth: 0 }}>
            <span style={{ display: 'block', fontWeight: 600 }}>{t(label)}</span>
            {summary ? (
              <span style={{ display: 'block', fontSize: '0.8em', color: '#6b7280' }}>{t(summary)}</span>
            ) : null}
          </span>
        </Link>
      ))}
    </nav>
  );
};
