import { MailOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute } from '../../modules/pageRoutes';
import type { WebModule } from '../../modules/webModule';
import { zhCN } from './i18n';

const SuggestionsPage = lazyPage(() => import('./SuggestionsPage'), 'SuggestionsPage');
const SuggestionDetailPage = lazyPage(() => import('./SuggestionDetailPage'), 'SuggestionDetailPage');
const MobileSuggestionsPage = lazyPage(() => import('./MobileSuggestionsPage'), 'MobileSuggestionsPage');
const MobileNewSuggestionPage = lazyPage(
  () => import('./MobileNewSuggestionPage'),
  'MobileNewSuggestionPage',
);

const READ = 'suggestions.read';

export const webModule: WebModule = {
  shellRoutes: [
    pageRoute('suggestions', READ, SuggestionsPage),
    pageRoute('suggestions/:id', READ, SuggestionDetailPage),
  ],
  mobileRoutes: [
    { path: 'suggestions', element: <MobileSuggestionsPage /> },
    { path: 'suggestions/new', element: <MobileNewSuggestionPage /> },
  ],
  mobileEntries: [
    {
      key: 'suggestions',
      path: '/m/suggestions',
      icon: MailOutlined,
      permission: 'suggestions.post',
      order: 30,
      label: 'suggestions.phone.tile',
      summary: 'suggestions.phone.tileSummary',
    },
  ],
  menu: [
    {
      key: 'suggestions',
      path: '/suggestions',
      icon: MailOutlined,
      permission: READ,
      order: 78,
      label: 'suggestions.menu',
      summary: 'suggestions.description',
    },
  ],
  i18n: { namespace: 'suggestions', zhCN, en: () => import('./i18n.en').then((m) => m.en) },
};
