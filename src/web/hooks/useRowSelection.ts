import { App } from 'antd';
import type { TableRowSelection } from 'antd/es/table/interface';
import { type Key, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SELECTED } from '../../core/selection';

/** The rows ticked on a list, kept with the row as it was shown so a print shows what was ticked. */
export type RowSelection<T> = {
  /** Spread onto the antd Table (or PagedTable) as `rowSelection`. */
  rowSelection: TableRowSelection<T>;
  rows: T[];
  ids: string[];
  clear: () => void;
};

// Ticks survive paging and new filters (Ant Design Pro's habit): the server pages the list, so each
// row is remembered when it is ticked, not looked up on the page shown now. One export names at most
// MAX_SELECTED ids; a tick beyond that is refused with a message rather than dropped silently.
export const useRowSelection = <T extends { id: string }>(): RowSelection<T> => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<ReadonlyMap<string, T>>(new Map());

  const onChange = (keys: Key[], shown: (T | undefined)[]) => {
    if (keys.length > MAX_SELECTED) {
      void message.warning(t('common.selection.tooMany', { max: MAX_SELECTED }));
      return;
    }
    setSelected((current) => {
      const byId = new Map(shown.flatMap((row) => (row ? [[row.id, row] as const] : [])));
      const next = new Map<string, T>();
      for (const key of keys.map(String)) {
        const row = byId.get(key) ?? current.get(key);
        if (row) next.set(key, row);
      }
      return next;
    });
  };

  return {
    rowSelection: { selectedRowKeys: [...selected.keys()], preserveSelectedRowKeys: true, onChange },
    rows: [...selected.values()],
    ids: [...selected.keys()],
    clear: () => setSelected(new Map()),
  };
};
