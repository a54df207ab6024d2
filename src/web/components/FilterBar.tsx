import { Input } from 'antd';
import type { ReactNode } from 'react';

// The row above a list: a search box, then the page's own filters; it wraps on a narrow screen.
export const FilterBar = ({
  placeholder,
  onSearch,
  searchWidth = 280,
  children,
}: {
  placeholder: string;
  /** Called with the trimmed text, or undefined when the box is cleared. */
  onSearch: (q: string | undefined) => void;
  searchWidth?: number;
  children?: ReactNode;
}) => (
  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
    <Input.Search
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      onSearch={(q) => onSearch(q.trim() || undefined)}
      style={{ width: searchWidth, maxWidth: '100%' }}
    />
    {children}
  </div>
);
