import { IdcardOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const RegistryChangesPage = lazyPage(() => import('./RegistryChangesPage'), 'RegistryChangesPage');
const MobileRegistryPage = lazyPage(() => import('./MobileRegistryPage'), 'MobileRegistryPage');

// No menu entry: staff reach the list from the home page's line 登记变更待核, social workers from a
// resident's page.
export const webModule: WebModule = {
  shellRoutes: [pageRoute('residents/changes', 'registry-changes.read', RegistryChangesPage)],
  mobileRoutes: [{ path: 'registry-changes', element: <MobileRegistryPage /> }],
  mobileEntries: [
    {
      key: 'registry-changes',
      path: '/m/registry-changes',
      icon: IdcardOutlined,
      permission: 'registry-changes.self',
      order: 60,
      label: 'registryChanges.phone.tile',
      summary: 'registryChanges.phone.tileSummary',
    },
  ],
  menu: [],
  i18n: { namespace: 'registryChanges', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
