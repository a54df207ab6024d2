import { Alert, Empty, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorText } from '../hooks/useErrorText';

type Page = { page: number; pageSize: number };

/** A paged list query's state, as react-query's useQuery returns it. */
export type PagedList<T> = {
  data: { items: T[]; total: number } | undefined;
  isPending: boolean;
  isFetching: boolean;
  isError: boolean;
  error: unknown;
};

// A list the server pages: its error in place of the table, the total, a page-size changer, and an
// empty state that says what is missing. Rows are keyed by `id` unless told otherwise.
export const PagedTable = <T extends object>({
  list,
  page,
  onPage,
  rowLink,
  emptyText,
  emptyAction,
  totalText,
  scroll = { x: 'max-content' },
  rowKey = 'id',
  size = 'middle',
  ...table
}: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'locale' | 'onRow'> & {
  list: PagedList<T>;
  page: Page;
  onPage: (page: number, pageSize: number) => void;
  /** The page a click on the row opens, or null for a row that opens nothing. */
  rowLink?: (row: T) => string | null;
  emptyText: string;
  /** What to do about the emptiness (e.g. add the first one), under the empty text. */
  emptyAction?: ReactNode;
  /** The total under the table, in the list's own words; "共 N 条" by default. */
  totalText?: (total: number) => string;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  if (list.isError)
    return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(list.error)} />;
  const onRow = (row: T) => {
    const link = rowLink?.(row);
    return link ? { onClick: () => navigate(link), style: { cursor: 'pointer' } } : {};
  };
  return (
    <Table<T>
      {...table}
      rowKey={rowKey}
      size={size}
      onRow={rowLink ? onRow : undefined}
      scroll={scroll}
      loading={list.isPending || list.isFetching}
      dataSource={list.data?.items ?? []}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => (totalText ? totalText(total) : t('common.total', { total })),
        onChange: onPage,
      }}
      locale={{
        // Until the first answer there is nothing to say "none" about: only the spinner shows.
        emptyText: list.isPending ? (
          <div style={{ height: 96 }} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText}>
            {emptyAction}
          </Empty>
        ),
      }}
    />
  );
};
