import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useIsMobile } from '../hooks/useIsMobile';

// The white panel that holds a module page's filters and table; tighter on a phone.
export const PageCard = ({ children }: { children: ReactNode }) => {
  const mobile = useIsMobile();
  return (
    <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 24 } }}>
      {children}
    </Card>
  );
};
