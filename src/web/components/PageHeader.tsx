import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { PageTrail } from './PageTrail';

// Where the page sits, its title, one-line description and main actions, the same on every module page.
export const PageHeader = ({
  title,
  description,
  extra,
}: {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
}) => (
  <div
    style={{
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'flex-end',
      justifyContent: 'space-between',
      gap: 12,
      marginBottom: 16,
    }}
  >
    <div style={{ minWidth: 0 }}>
      <PageTrail title={typeof title === 'string' ? title : null} />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {description ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {description}
        </Typography.Text>
      ) : null}
    </div>
    {extra ? <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>{extra}</div> : null}
  </div>
);
