import { QuestionCircleOutlined } from '@ant-design/icons';
import { lazyPage } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const HelpPage = lazyPage(() => import('./HelpPage'), 'HelpPage');

export const webModule: WebModule = {
  shellRoutes: [{ path: 'help', element: <HelpPage /> }],
  menu: [
    {
      key: 'help',
      path: '/help',
      icon: QuestionCircleOutlined,
      permission: null,
      order: 200,
      label: 'help.menu',
      summary: 'help.shortcut',
    },
  ],
  i18n: { namespace: 'help', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
