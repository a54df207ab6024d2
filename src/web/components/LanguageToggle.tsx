import { TranslationOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/useLocale';

// One click flips 中文 ⇄ English; the button names the language it switches to.
export const LanguageToggle = ({ dark = false }: { dark?: boolean }) => {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  return (
    <Button
      type="text"
      icon={<TranslationOutlined />}
      data-testid="language-toggle"
      aria-label={t('language.label')}
      onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
      style={dark ? { color: '#fff' } : undefined}
    >
      {t('language.switchTo')}
    </Button>
  );
};
