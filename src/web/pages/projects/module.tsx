import { ProjectOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '../../hooks/usePermissions';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const ProjectsPage = lazyPage(() => import('./ProjectsPage'), 'ProjectsPage');

export const webModule: WebModule = {
  shellRoutes: [pageRoute('projects', PERMISSIONS.projectsRead, ProjectsPage)],
  menu: [
    {
      key: 'projects',
      path: '/projects',
      icon: ProjectOutlined,
      permission: PERMISSIONS.projectsRead,
      order: 60,
      label: 'projects.menu',
      summary: 'projects.shortcut',
    },
  ],
  i18n: { namespace: 'projects', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
