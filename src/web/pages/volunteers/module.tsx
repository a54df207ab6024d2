import { HeartOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const VolunteersPage = lazyPage(() => import('./VolunteersPage'), 'VolunteersPage');
const VolunteerDetailPage = lazyPage(() => import('./VolunteerDetailPage'), 'VolunteerDetailPage');
const TeamsPage = lazyPage(() => import('./TeamsPage'), 'TeamsPage');
const TrainingsPage = lazyPage(() => import('./TrainingsPage'), 'TrainingsPage');
const ServiceHoursPage = lazyPage(() => import('./ServiceHoursPage'), 'ServiceHoursPage');
const HonoursPage = lazyPage(() => import('./HonoursPage'), 'HonoursPage');
const MobileVolunteerPage = lazyPage(() => import('./MobileVolunteerPage'), 'MobileVolunteerPage');

const READ = 'volunteers.read';

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('volunteers', READ, VolunteersPage),
    pageRoute('volunteers/teams', READ, TeamsPage),
    pageRoute('volunteers/trainings', READ, TrainingsPage),
    pageRoute('volunteers/hours', READ, ServiceHoursPage),
    pageRoute('volunteers/honours', READ, HonoursPage),
    pageRoute('volunteers/:id', READ, VolunteerDetailPage),
  ],
  mobileRoutes: [{ path: 'volunteer', element: <MobileVolunteerPage /> }],
  mobileEntries: [
    {
      key: 'volunteer',
      path: '/m/volunteer',
      icon: HeartOutlined,
      permission: 'volunteers.self',
      order: 15,
      label: 'volunteers.phone.tile',
      summary: 'volunteers.phone.tileSummary',
    },
  ],
  menu: [
    {
      key: 'volunteers',
      path: '/volunteers',
      icon: HeartOutlined,
      permission: READ,
      order: 45,
      label: 'volunteers.menu',
      summary: 'volunteers.description',
    },
  ],
  i18n: { namespace: 'volunteers', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
