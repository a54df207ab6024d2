import { CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { currentMembershipOf, useMe } from '../hooks/useMe';

// On paper only the sheet shows: the desk (#root) and antd's floating layers are hidden, the toolbar
// too, and a long table repeats its header on every page. On a screen (a phone's preview) cells keep
// to one line and the sheet scrolls sideways; on paper they wrap to the page's width.
const printStyles = `
.jinlin-print-sheet { position: fixed; inset: 0; z-index: 2000; overflow: auto; background: #fff;
  color: #000; padding: 24px; }
.jinlin-print-sheet h1 { font-size: 20px; margin: 0 0 4px; text-align: center; }
.jinlin-print-sheet .jinlin-print-meta { text-align: center; margin-bottom: 12px; font-size: 13px; }
.jinlin-print-sheet table { width: 100%; border-collapse: collapse; font-size: 13px; }
.jinlin-print-sheet th, .jinlin-print-sheet td { border: 1px solid #666; padding: 4px 6px; text-align: left;
  vertical-align: top; }
.jinlin-print-sheet th { background: #f0f0f0; white-space: nowrap; }
@media screen { .jinlin-print-sheet th, .jinlin-print-sheet td { white-space: nowrap; } }
@media print {
  html, body { background: #fff !important; }
  body > *:not(.jinlin-print-sheet) { display: none !important; }
  .jinlin-print-sheet { position: static; overflow: visible; padding: 0; }
  .jinlin-print-toolbar { display: none !important; }
  .jinlin-print-sheet thead { display: table-header-group; }
  .jinlin-print-sheet tr { break-inside: avoid; }
}`;

/**
 * The ticked rows as a sheet to print: the unit and the list's name, the date, the list's columns
 * with the values exactly as the list showed them (masked where the list masks). The browser's print
 * dialog opens by itself; 打印 opens it again, 关闭 (or Esc) goes back to the list.
 */
export const PrintSheet = ({
  title,
  headings,
  rows,
  onClose,
}: {
  title: string;
  headings: string[];
  /** Each row's cells, in the order of the headings. */
  rows: { key: string; cells: string[] }[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const unit = currentMembershipOf(me)?.orgUnitName ?? '';

  useEffect(() => {
    // Once, after the sheet has been laid out, so the dialog previews it.
    const timer = window.setTimeout(() => window.print(), 300);
    return () => window.clearTimeout(timer);
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <div
      className="jinlin-print-sheet"
      role="dialog"
      aria-modal="true"
      aria-label={title}
      data-testid="print-sheet"
    >
      <style>{printStyles}</style>
      <Space className="jinlin-print-toolbar" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('common.selection.printNow')}
        </Button>
        <Button icon={<CloseOutlined />} onClick={onClose}>
          {t('common.close')}
        </Button>
      </Space>
      <h1>{t('common.selection.printTitle', { unit, title })}</h1>
      <div className="jinlin-print-meta">
        {t('common.selection.printMeta', { date: dayjs().format('YYYY-MM-DD'), count: rows.length })}
      </div>
      <table>
        <thead>
          <tr>
            <th>{t('common.selection.seq')}</th>
            {headings.map((heading) => (
              <th key={heading}>{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td>{index + 1}</td>
              {row.cells.map((cell, column) => (
                <td key={headings[column]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
};
