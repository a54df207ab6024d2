import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportSelectedResidents } from '../../api/residents';
import { useErrorText } from '../../hooks/useErrorText';

// The ticked residents as a masked roster, confirmed first like the list's export (it is audited).
// A whole roster stays the list's 完整导出, with its reason.
export const useSelectedResidentsExport = () => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  return (ids: string[]): null => {
    modal.confirm({
      title: t('residents.exportMaskedTitle'),
      content: t('residents.exportSelectedConfirm', { total: ids.length }),
      okText: t('residents.exportMasked'),
      cancelText: t('common.cancel'),
      width: 480,
      onOk: () =>
        exportSelectedResidents(ids)
          .then(() => void message.success(t('residents.exported')))
          .catch((error: unknown) => void message.error(errorText(error))),
    });
    return null;
  };
};
