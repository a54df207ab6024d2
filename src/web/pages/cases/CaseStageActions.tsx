import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STAGES, type CaseDetail } from '../../api/cases';
import { useErrorText } from '../../hooks/useErrorText';
import { AddRecordModal } from './AddRecordModal';
import { CloseCaseModal } from './CloseCaseModal';
import { useAdvanceCase } from './useCases';

// 添加记录, 进入下一阶段 (confirmed: a stage never goes back) and 结案 (with a reason), for an open case.
export const CaseStageActions = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const advance = useAdvanceCase();
  const [recording, setRecording] = useState(false);
  const [closing, setClosing] = useState(false);
  const next = CASE_STAGES[CASE_STAGES.indexOf(detail.stage) + 1];
  // After 评估 the next step is 结案, which has its own dialog.
  const nextOpenStage = next && next !== 'closed' ? next : null;

  const confirmAdvance = () => {
    if (!nextOpenStage) return;
    const stage = t(`cases.stages.${nextOpenStage}`);
    modal.confirm({
      title: t('cases.actions.advanceConfirmTitle', { stage }),
      content: t('cases.actions.advanceConfirm', { stage }),
      okText: t('cases.actions.advanceTo', { stage }),
      onOk: () =>
        advance
          .mutateAsync({ id: detail.id, to: nextOpenStage, on: dayjs().format('YYYY-MM-DD') })
          .then(() => void message.success(t('cases.actions.advanced', { stage })))
          .catch((err: unknown) => void message.error(errorText(err))),
    });
  };

  const close = (on: string, closureReason: string) =>
    advance.mutate(
      { id: detail.id, to: 'closed', on, closureReason },
      {
        onSuccess: () => {
          void message.success(t('cases.close.done'));
          setClosing(false);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );

  return (
    <>
      <Button type="primary" onClick={() => setRecording(true)}>
        {t('cases.actions.addRecord')}
      </Button>
      {nextOpenStage ? (
        <Button onClick={confirmAdvance}>
          {t('cases.actions.advanceTo', { stage: t(`cases.stages.${nextOpenStage}`) })}
        </Button>
      ) : null}
      <Button danger onClick={() => setClosing(true)}>
        {t('cases.actions.close')}
      </Button>
      <AddRecordModal detail={detail} open={recording} onClose={() => setRecording(false)} />
      <CloseCaseModal
        open={closing}
        openedOn={detail.openedOn}
        loading={advance.isPending}
        onCancel={() => setClosing(false)}
        onSubmit={close}
      />
    </>
  );
};
