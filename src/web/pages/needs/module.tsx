import { BulbOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const NeedsPage = lazyPage(() => import('./NeedsPage'), 'NeedsPage');
const NeedDetailPage = lazyPage(() => import('./NeedDetailPage'), 'NeedDetailPage');

const READ = 'needs.read';

export const webModule: WebModule = {
  shellRoutes: [pageRoute('needs', READ, NeedsPage), pageRoute('needs/:id', READ, NeedDetailPage)],
  menu: [
    {
      key: 'needs',
      path: '/needs',
      icon: BulbOutlined,
      permission: READ,
      order: 74,
      label: 'needs.menu',
      summary: 'needs.description',
    },
  ],
  i18n: { namespace: 'needs', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
