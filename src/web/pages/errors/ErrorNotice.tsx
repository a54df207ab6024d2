import { ExclamationCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';

// What the error pages show: an icon, a title, a sentence and what to do. Plain, not antd's Result,
// because these pages are part of every first load (a page must be able to say a chunk failed).
export const ErrorNotice = ({
  title,
  text,
  actions,
}: {
  title: string;
  text: string;
  actions: ReactNode;
}) => (
  <div role="alert" style={{ padding: '48px 24px', textAlign: 'center' }}>
    <ExclamationCircleFilled style={{ fontSize: 64, color: '#faad14' }} />
    <Typography.Title level={3} style={{ marginTop: 24 }}>
      {title}
    </Typography.Title>
    <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>
    <div style={{ display: 'flex', gap: 8, justifyContent: 'center', flexWrap: 'wrap' }}>{actions}</div>
  </div>
);
