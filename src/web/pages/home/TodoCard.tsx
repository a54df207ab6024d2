import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getTodo, type TodoItem } from '../../api/home';
import { useIsMobile } from '../../hooks/useIsMobile';

// 今日待办: what waits for the signed-in person, each line a count that opens its list. The lines come
// from the modules (the server's `todo` of each manifest); this card only shows them.
export const TodoCard = () => {
  const { t } = useTranslation();
  const { data, isPending } = useQuery({ queryKey: ['home', 'todo'], queryFn: getTodo });
  const items = data?.items ?? [];
  return (
    <Card title={t('home.todo.title')} variant="borderless" data-testid="home-todo">
      {isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.todo.empty')} />
      ) : (
        <div
          style={{
            display: 'grid',
            gap: 8,
            gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
            // Short lines fill the gap a whole-row line (one with parts) would leave before it.
            gridAutoFlow: 'row dense',
          }}
        >
          {items.map((item) => (
            <TodoLine key={item.key} item={item} />
          ))}
        </div>
      )}
    </Card>
  );
};

const TodoLine = ({ item }: { item: TodoItem }) => {
  const { t } = useTranslation();
  const warning = item.tone === 'warning';
  const parts = item.parts ?? [];
  const mobile = useIsMobile();
  return (
    <div
      data-testid="home-todo-item"
      style={{
        borderRadius: 8,
        background: warning ? '#fff7e6' : '#f0f5ff',
        // A line with a breakdown (e.g. per grid) takes the whole row, so its parts sit on one line.
        gridColumn: parts.length > 1 ? '1 / -1' : undefined,
      }}
    >
      <Link
        to={item.link}
        data-testid="home-todo-link"
        style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '12px 14px', color: 'inherit' }}
      >
        <span style={{ fontSize: 24, fontWeight: 600, color: warning ? '#d46b08' : '#1668dc', minWidth: 32 }}>
          {item.count}
        </span>
        <Typography.Text style={{ flex: 1 }}>
          {t(item.key, { ...item.params, count: item.count })}
        </Typography.Text>
        <RightOutlined style={{ color: '#8c8c8c' }} />
      </Link>
      {parts.length > 0 ? (
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 8,
            padding: mobile ? '0 14px 12px' : '0 14px 12px 58px',
          }}
        >
          {parts.map((part) => (
            <Link
              key={part.link}
              to={part.link}
              data-testid="home-todo-part"
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: 6,
                minHeight: 34,
                padding: '4px 12px',
                borderRadius: 17,
                background: '#ffffff',
                border: '1px solid #f0f0f0',
                color: 'inherit',
              }}
            >
              <span>{t(part.key, { ...part.params, count: part.count })}</span>
              <span style={{ fontWeight: 600, color: warning ? '#d46b08' : '#1668dc' }}>{part.count}</span>
            </Link>
          ))}
        </div>
      ) : null}
    </div>
  );
};
