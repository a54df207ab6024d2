import { CheckSquareOutlined, CommentOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const MeetingsPage = lazyPage(() => import('./MeetingsPage'), 'MeetingsPage');
const MeetingDetailPage = lazyPage(() => import('./MeetingDetailPage'), 'MeetingDetailPage');
const TasksPage = lazyPage(() => import('./TasksPage'), 'TasksPage');
const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage');
const MobileTasksPage = lazyPage(() => import('./MobileTasksPage'), 'MobileTasksPage');

const READ = 'meetings.read';

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('meetings', READ, MeetingsPage),
    pageRoute('meetings/tasks', READ, TasksPage),
    pageRoute('meetings/settings', READ, SettingsPage),
    pageRoute('meetings/:id', READ, MeetingDetailPage),
  ],
  mobileRoutes: [{ path: 'tasks', element: <MobileTasksPage /> }],
  mobileEntries: [
    {
      key: 'meetingTasks',
      path: '/m/tasks',
      icon: CheckSquareOutlined,
      permission: 'meetings.actOwn',
      order: 17,
      label: 'meetings.phone.tile',
      summary: 'meetings.phone.tileSummary',
    },
  ],
  menu: [
    {
      key: 'meetings',
      path: '/meetings',
      icon: CommentOutlined,
      permission: READ,
      order: 44,
      label: 'meetings.menu',
      summary: 'meetings.description',
    },
  ],
  i18n: { namespace: 'meetings', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
