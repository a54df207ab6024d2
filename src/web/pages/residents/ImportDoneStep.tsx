import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '../../api/residents';
import { ImportCounts } from './ImportCounts';

// Step 5: the outcome, with the way back to the roster (or, after a failure, to try again).
export const ImportDoneStep = ({
  report,
  failure,
  onAgain,
}: {
  report: ImportReport | null;
  failure: string | null;
  onAgain: () => void;
}) => {
  const { t } = useTranslation();
  if (failure !== null || !report) {
    return (
      <Result
        status="error"
        title={t('residents.import.failedTitle')}
        subTitle={failure || t('residents.import.failed')}
        extra={[
          <Button key="again" type="primary" onClick={onAgain}>
            {t('residents.import.tryAgain')}
          </Button>,
          <Link key="list" to="/residents">
            <Button>{t('residents.backToList')}</Button>
          </Link>,
        ]}
      />
    );
  }
  return (
    <Result
      status="success"
      title={t('residents.import.doneTitle')}
      subTitle={t('residents.import.doneSummary', report)}
      data-testid="import-done"
      extra={[
        <Link key="list" to="/residents">
          <Button type="primary">{t('residents.backToList')}</Button>
        </Link>,
        <Button key="again" onClick={onAgain}>
          {t('residents.import.another')}
        </Button>,
      ]}
    >
      <ImportCounts report={report} showErrors={false} />
    </Result>
  );
};
