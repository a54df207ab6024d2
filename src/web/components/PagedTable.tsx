import { Alert, Empty, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/useErrorText';

type Page = { page: number; pageSize: number };

// A list the server pages: its error in place of the table, the total, a page-size changer, and an
// empty state that says what is missing.
export const PagedTable = <T extends object>({
  data,
  loading,
  error,
  page,
  onPage,
  emptyText,
  scroll = { x: 'max-content' },
  ...table
}: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'locale'> & {
  data: { items: T[]; total: number } | undefined;
  loading: boolean;
  /** The failed request's error, or null when it did not fail. */
  error: unknown;
  page: Page;
  onPage: (page: number, pageSize: number) => void;
  emptyText: string;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (error)
    return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />;
  return (
    <Table<T>
      {...table}
      scroll={scroll}
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
};
