import { BankOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const CommunityProfilePage = lazyPage(() => import('./CommunityProfilePage'), 'CommunityProfilePage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('community-profile', PERMISSIONS.communityProfileRead, CommunityProfilePage)],
  menu: [
    {
      key: 'communityProfile',
      path: '/community-profile',
      icon: BankOutlined,
      permission: PERMISSIONS.communityProfileRead,
      order: 30,
      label: 'communityProfile.menu',
      summary: 'communityProfile.shortcut',
    },
  ],
  i18n: { namespace: 'communityProfile', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
