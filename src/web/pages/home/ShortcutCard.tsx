import { RightOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NavItem } from '../../hooks/useNavItems';

export const ShortcutCard = ({ item }: { item: NavItem }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card
      hoverable
      data-testid={`shortcut-${item.key}`}
      onClick={() => navigate(item.path)}
      style={{ height: '100%' }}
      styles={{ body: { display: 'flex', gap: 14, alignItems: 'flex-start', padding: 18 } }}
    >
      <div
        style={{
          width: 44,
          height: 44,
          flex: '0 0 44px',
          borderRadius: 10,
          background: '#e8f1ff',
          color: '#1668dc',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 22,
        }}
      >
        {createElement(item.icon)}
      </div>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {t(item.label)}
        </Typography.Text>
        {item.summary ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
            {t(item.summary)}
          </Typography.Paragraph>
        ) : null}
      </div>
      <RightOutlined style={{ color: '#bfbfbf', marginTop: 4 }} />
    </Card>
  );
};
