import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { commitImport, ImportFailedError, type ImportProgress, type ImportReport } from '../../api/residents';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { ImportDoneStep } from './ImportDoneStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportProgressStep } from './ImportProgressStep';
import { ImportTemplateStep } from './ImportTemplateStep';
import { ImportUploadStep } from './ImportUploadStep';
import { RESIDENTS_KEY } from './useResidents';

type Phase =
  | { step: 'template' }
  | { step: 'upload' }
  | { step: 'preview'; file: File; report: ImportReport }
  | ({ step: 'importing' } & ImportProgress)
  | { step: 'finished'; report: ImportReport | null; failure: string | null };

const STEP_INDEX: Record<Phase['step'], number> = {
  template: 0,
  upload: 1,
  preview: 2,
  importing: 3,
  finished: 4,
};

// 导入: template → upload → dry run → commit with live progress → summary.
export const ResidentImportPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ step: 'template' });

  const commit = async (file: File, report: ImportReport) => {
    setPhase({ step: 'importing', phase: 'checking', done: 0, total: report.total });
    try {
      const result = await commitImport(file, (progress) => setPhase({ step: 'importing', ...progress }));
      setPhase({ step: 'finished', report: result, failure: null });
      void queryClient.invalidateQueries({ queryKey: [RESIDENTS_KEY] });
      void queryClient.invalidateQueries({ queryKey: ['population-stats'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    } catch (error) {
      const failure = error instanceof ImportFailedError ? error.message : errorText(error);
      setPhase({ step: 'finished', report: null, failure });
    }
  };

  const current = STEP_INDEX[phase.step];
  const failed = phase.step === 'finished' && phase.failure !== null;

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate('/residents')}
        style={{ paddingInline: 0, marginBottom: 4 }}
      >
        {t('residents.backToList')}
      </Button>
      <PageHeader title={t('residents.import.title')} description={t('residents.import.description')} />
      <PageCard>
        <Steps
          current={current}
          status={failed ? 'error' : phase.step === 'finished' ? 'finish' : 'process'}
          size="small"
          // On a phone the five short titles fit under their icons; antd would otherwise stack them.
          responsive={false}
          titlePlacement={mobile ? 'vertical' : 'horizontal'}
          style={{ marginBottom: mobile ? 16 : 24 }}
          items={[
            { title: t('residents.import.steps.template') },
            { title: t('residents.import.steps.upload') },
            { title: t('residents.import.steps.preview') },
            { title: t('residents.import.steps.commit') },
            { title: t('residents.import.steps.done') },
          ]}
        />
        {phase.step === 'template' ? (
          <ImportTemplateStep onNext={() => setPhase({ step: 'upload' })} />
        ) : null}
        {phase.step === 'upload' ? (
          <ImportUploadStep
            onBack={() => setPhase({ step: 'template' })}
            onChecked={(file, report) => setPhase({ step: 'preview', file, report })}
          />
        ) : null}
        {phase.step === 'preview' ? (
          <ImportPreviewStep
            fileName={phase.file.name}
            report={phase.report}
            onReupload={() => setPhase({ step: 'upload' })}
            onCommit={() => void commit(phase.file, phase.report)}
          />
        ) : null}
        {phase.step === 'importing' ? <ImportProgressStep progress={phase} /> : null}
        {phase.step === 'finished' ? (
          <ImportDoneStep
            report={phase.report}
            failure={phase.failure}
            onAgain={() => setPhase({ step: 'upload' })}
          />
        ) : null}
      </PageCard>
    </>
  );
};
