import { Card, Typography } from 'antd';
import { createElement, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useNavItems } from '../../hooks/useNavItems';

// 使用帮助: one card per feature the acting role can open, in menu order; /help#<entry> scrolls to one.
export const HelpPage = () => {
  const { t, i18n } = useTranslation();
  const { hash } = useLocation();
  const items = useNavItems().filter((item) => i18n.exists(`help.entries.${item.key}.how`));
  useEffect(() => {
    if (hash) document.getElementById(`help-${hash.slice(1)}`)?.scrollIntoView({ block: 'start' });
  }, [hash]);
  return (
    <>
      <PageHeader title={t('help.title')} description={t('help.description')} />
      <div style={{ display: 'grid', gap: 16 }}>
        {items.map((item) => (
          <Card
            key={item.key}
            id={`help-${item.key}`}
            title={
              <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                {createElement(item.icon)}
                {t(item.label)}
              </span>
            }
            // Clear of the sticky header when scrolled to.
            style={{ scrollMarginTop: 80, ...(hash === `#${item.key}` ? { borderColor: '#1677ff' } : {}) }}
          >
            <Typography.Paragraph>
              <Typography.Text strong>{t('help.what')}：</Typography.Text>
              {t(`help.entries.${item.key}.what`)}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <Typography.Text strong>{t('help.how')}：</Typography.Text>
              {t(`help.entries.${item.key}.how`)}
            </Typography.Paragraph>
          </Card>
        ))}
      </div>
    </>
  );
};
