import { FormOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const SurveysPage = lazyPage(() => import('./SurveysPage'), 'SurveysPage');
const SurveyBuilderPage = lazyPage(() => import('./SurveyBuilderPage'), 'SurveyBuilderPage');
const SurveyDetailPage = lazyPage(() => import('./SurveyDetailPage'), 'SurveyDetailPage');
const MobileSurveysPage = lazyPage(() => import('./MobileSurveysPage'), 'MobileSurveysPage');
const MobileSurveyPage = lazyPage(() => import('./MobileSurveyPage'), 'MobileSurveyPage');

const READ = 'surveys.read';
const MANAGE = 'surveys.manage';

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('surveys', READ, SurveysPage),
    pageRoute('surveys/new', MANAGE, SurveyBuilderPage),
    pageRoute('surveys/:id/edit', MANAGE, SurveyBuilderPage),
    pageRoute('surveys/:id', READ, SurveyDetailPage),
  ],
  mobileRoutes: [
    { path: 'surveys', element: <MobileSurveysPage /> },
    { path: 'surveys/:id', element: <MobileSurveyPage /> },
  ],
  mobileEntries: [
    {
      key: 'surveys',
      path: '/m/surveys',
      icon: FormOutlined,
      permission: 'surveys.answer',
      order: 32,
      label: 'surveys.phone.tile',
      summary: 'surveys.phone.tileSummary',
    },
  ],
  menu: [
    {
      key: 'surveys',
      path: '/surveys',
      icon: FormOutlined,
      permission: READ,
      order: 76,
      label: 'surveys.menu',
      summary: 'surveys.description',
    },
  ],
  i18n: { namespace: 'surveys', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
