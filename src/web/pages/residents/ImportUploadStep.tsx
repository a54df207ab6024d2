import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/ApiError';
import { dryRunImport, type ImportReport, MAX_ROSTER_BYTES } from '../../api/residents';
import { useErrorText } from '../../hooks/useErrorText';

type Refusal = { title: string; details: string[] };

const refusalOf = (error: ApiError): Refusal => ({
  title: error.title,
  // Missing columns come as errors whose path is the column's name.
  details: error.errors.map((e) => e.message || e.path),
});

// Step 2: choose an .xlsx (at most 20 MB); it is checked at once by a dry run that writes nothing.
export const ImportUploadStep = ({
  onChecked,
  onBack,
}: {
  onChecked: (file: File, report: ImportReport) => void;
  onBack: () => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [checking, setChecking] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const check = async (file: File) => {
    setRefusal(null);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setRefusal({ title: t('residents.import.notXlsx'), details: [] });
      return;
    }
    if (file.size > MAX_ROSTER_BYTES) {
      setRefusal({ title: t('residents.import.tooLarge'), details: [] });
      return;
    }
    setChecking(file.name);
    try {
      onChecked(file, await dryRunImport(file));
    } catch (error) {
      setRefusal(
        isApiError(error) && error.status !== 0 ? refusalOf(error) : { title: errorText(error), details: [] },
      );
    } finally {
      setChecking(null);
    }
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <Spin
        spinning={checking !== null}
        description={t('residents.import.checking', { name: checking ?? '' })}
      >
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={checking !== null}
          beforeUpload={(file) => {
            void check(file);
            return Upload.LIST_IGNORE;
          }}
          data-testid="import-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('residents.import.dropHint')}</p>
          <p className="ant-upload-hint">{t('residents.import.dropLimits')}</p>
        </Upload.Dragger>
      </Spin>
      {refusal ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={refusal.title}
          data-testid="import-refusal"
          description={
            refusal.details.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refusal.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 13 }}>
        {t('residents.import.dryRunNote')}
      </Typography.Paragraph>
      <Button onClick={onBack}>{t('residents.import.back')}</Button>
    </div>
  );
};
