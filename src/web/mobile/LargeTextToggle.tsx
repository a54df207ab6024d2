import { Switch } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useLargeText } from './useLargeText';

export const LargeTextToggle = () => {
  const { t } = useTranslation();
  const [large, setLarge] = useLargeText();
  return (
    <div style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <span>{t('mobile.largeText')}</span>
      <Switch
        checked={large}
        onChange={setLarge}
        aria-label={t('mobile.largeText')}
        data-testid="large-text"
      />
    </div>
  );
};
