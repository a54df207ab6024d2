import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space, theme } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/useErrorText';
import type { RowSelection } from '../hooks/useRowSelection';

/** One column of a printout: the list's heading and the row's value as the list shows it, as text. */
export type PrintColumn<T> = { title: string; value: (row: T) => string };

// Only someone who prints loads the print view.
const PrintSheet = lazy(() => import('./PrintSheet').then((m) => ({ default: m.PrintSheet })));

/**
 * Ant Design Pro's bar over a list with ticked rows: 已选 N 项 · 取消选择, and what can be done with
 * them — export (when the caller may, and the list can) and print, titled and laid out as the list.
 */
export const SelectionBar = <T extends { id: string }>({
  selection,
  onExport,
  printTitle,
  printColumns,
}: {
  selection: RowSelection<T>;
  /**
   * Absent when the caller may not export this list. A download in progress is shown and its outcome
   * told; a list that asks first (null: a confirmation opened) tells the outcome itself.
   */
  onExport?: (ids: string[]) => Promise<void> | null;
  /** The list's name, after the unit's, at the top of the printout. */
  printTitle: string;
  printColumns: PrintColumn<T>[];
}) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const count = selection.ids.length;

  const exportSelected = (download: NonNullable<typeof onExport>) => {
    const pending = download(selection.ids);
    if (!pending) return;
    setExporting(true);
    pending
      .then(() => void message.success(t('common.selection.exported', { count })))
      .catch((error: unknown) => void message.error(errorText(error)))
      .finally(() => setExporting(false));
  };

  if (count === 0 && !printing) return null;
  return (
    <>
      <div
        role="status"
        data-testid="selection-bar"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
          marginBottom: 12,
          padding: '6px 12px',
          background: token.colorInfoBg,
          border: `1px solid ${token.colorInfoBorder}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <Space size={12}>
          <span>{t('common.selection.selected', { count })}</span>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={selection.clear}>
            {t('common.selection.clear')}
          </Button>
        </Space>
        <Space size={8} wrap>
          {onExport ? (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => exportSelected(onExport)}
            >
              {t('common.selection.export')}
            </Button>
          ) : null}
          <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            {t('common.selection.print')}
          </Button>
        </Space>
      </div>
      {printing ? (
        <Suspense fallback={null}>
          <PrintSheet
            title={printTitle}
            headings={printColumns.map((c) => c.title)}
            rows={selection.rows.map((row) => ({
              key: row.id,
              cells: printColumns.map((c) => c.value(row)),
            }))}
            onClose={() => setPrinting(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
};
