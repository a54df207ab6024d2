import { QuestionCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { navItemForPath } from '../hooks/useNavItems';

/**
 * Where the page sits (首页 / the menu entry / this page) above its title, and the title in the browser
 * tab, as officials know them from other admin systems. A few links, not antd's Breadcrumb, to keep
 * the desk's first load small.
 */
export const PageTrail = ({ title }: { title: string | null }) => {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const entry = navItemForPath(pathname);
  const entryLabel = entry ? t(entry.label) : null;
  // A page whose title is more than text (a name with tags) is named in the tab by its menu entry.
  const tabTitle = title ?? entryLabel;
  const appName = t('app.name');
  useEffect(() => {
    document.title = tabTitle ? `${tabTitle} - ${appName}` : appName;
  }, [tabTitle, appName]);

  if (!entry || !entryLabel) return null;
  // Texts live in the help page's namespace, keyed by the menu entry; pages without one show no link.
  const hasHelp = entry.key !== 'help' && i18n.exists(`help.entries.${entry.key}.how`);
  const below = pathname !== entry.path;
  const crumbs = [
    { path: '/', label: t('nav.home') },
    { path: below ? entry.path : null, label: entryLabel },
    ...(below && title && title !== entryLabel ? [{ path: null, label: title }] : []),
  ];
  return (
    <nav aria-label={t('shell.breadcrumb')} style={{ fontSize: 13, marginBottom: 4 }}>
      {crumbs.map((crumb, index) => (
        <Fragment key={`${crumb.path}-${crumb.label}`}>
          {index > 0 ? <RightOutlined style={{ fontSize: 10, color: '#bfbfbf', marginInline: 6 }} /> : null}
          {crumb.path ? (
            <Link to={crumb.path} style={{ color: '#8c8c8c' }}>
              {crumb.label}
            </Link>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {crumb.label}
            </Typography.Text>
          )}
        </Fragment>
      ))}
      {hasHelp ? (
        <Link to={`/help#${entry.key}`} style={{ marginInlineStart: 12 }} data-testid="page-help">
          <QuestionCircleOutlined style={{ marginInlineEnd: 4 }} />
          {t('help.link')}
        </Link>
      ) : null}
    </nav>
  );
};
