import { BarChartOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const PopulationStatsPage = lazyPage(() => import('./PopulationStatsPage'), 'PopulationStatsPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('population-stats', PERMISSIONS.populationStatsRead, PopulationStatsPage)],
  menu: [
    {
      key: 'populationStats',
      path: '/population-stats',
      icon: BarChartOutlined,
      permission: PERMISSIONS.populationStatsRead,
      order: 20,
      label: 'populationStats.menu',
      summary: 'populationStats.shortcut',
    },
  ],
  i18n: { namespace: 'populationStats', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
