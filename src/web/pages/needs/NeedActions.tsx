import { App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { mayNeed, type NeedDetail, type NeedMove } from './api';
import { NeedFormModal } from './NeedFormModal';
import { useMergeCandidates, useMoveNeed } from './useNeeds';

type Dialog = 'decline' | 'resolve' | 'reopen' | 'merge' | null;

// 受理 (confirmed), 不予受理 (with a reason), 办结 (with the result the residents are told), 合并到…
// another need, 重新打开 (with a reason) and 编辑 — only those the need's status allows.
export const NeedActions = ({ need }: { need: NeedDetail }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const move = useMoveNeed();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ text?: string; intoId?: string }>();
  const candidates = useMergeCandidates(need.id, dialog === 'merge');

  const run = (next: NeedMove, done: string) =>
    move
      .mutateAsync({ id: need.id, move: next })
      .then(() => {
        void message.success(done);
        setDialog(null);
      })
      .catch((err: unknown) => void message.error(errorText(err)));

  const confirmAccept = () =>
    modal.confirm({
      title: t('needs.actions.accept'),
      content: t('needs.actions.acceptConfirm'),
      okText: t('needs.actions.accept'),
      onOk: () => run({ action: 'accept' }, t('needs.actions.accepted')),
    });

  const openDialog = (next: Dialog) => {
    form.resetFields();
    setDialog(next);
  };

  const submit = ({ text = '', intoId = '' }: { text?: string; intoId?: string }) => {
    if (dialog === 'decline') void run({ action: 'decline', reason: text }, t('needs.actions.declined'));
    if (dialog === 'resolve') void run({ action: 'resolve', resolution: text }, t('needs.actions.resolved'));
    if (dialog === 'reopen') void run({ action: 'reopen', reason: text }, t('needs.actions.reopened'));
    if (dialog === 'merge') void run({ action: 'merge', intoId }, t('needs.actions.merged'));
  };

  const dialogs = {
    decline: {
      title: t('needs.actions.declineTitle'),
      label: t('needs.actions.declineReason'),
      hint: null,
      danger: true,
    },
    resolve: {
      title: t('needs.actions.resolveTitle'),
      label: t('needs.actions.resolution'),
      hint: t('needs.actions.resolveHint'),
      danger: false,
    },
    reopen: {
      title: t('needs.actions.reopenTitle'),
      label: t('needs.actions.reopenReason'),
      hint: null,
      danger: false,
    },
    merge: {
      title: t('needs.actions.mergeTitle'),
      label: '',
      hint: t('needs.actions.mergeHint'),
      danger: true,
    },
  } as const;
  const current = dialog ? dialogs[dialog] : null;
  const textRule = {
    required: true,
    min: 2,
    whitespace: true,
    message: dialog === 'resolve' ? t('needs.actions.resultRequired') : t('needs.actions.reasonRequired'),
  };

  return (
    <>
      {mayNeed('accept', need.status) ? (
        <Button type="primary" onClick={confirmAccept} data-testid="need-accept">
          {t('needs.actions.accept')}
        </Button>
      ) : null}
      {mayNeed('resolve', need.status) ? (
        <Button type="primary" onClick={() => openDialog('resolve')} data-testid="need-resolve">
          {t('needs.actions.resolve')}
        </Button>
      ) : null}
      {mayNeed('edit', need.status) ? (
        <Button onClick={() => setEditing(true)}>{t('needs.actions.edit')}</Button>
      ) : null}
      {mayNeed('merge', need.status) ? (
        <Button onClick={() => openDialog('merge')}>{t('needs.actions.merge')}</Button>
      ) : null}
      {mayNeed('decline', need.status) ? (
        <Button danger onClick={() => openDialog('decline')}>
          {t('needs.actions.decline')}
        </Button>
      ) : null}
      {mayNeed('reopen', need.status) ? (
        <Button onClick={() => openDialog('reopen')}>{t('needs.actions.reopen')}</Button>
      ) : null}
      <Modal
        open={current !== null}
        title={current?.title}
        okText={t('needs.actions.confirm')}
        okButtonProps={{
          danger: current?.danger,
          disabled: dialog === 'merge' && candidates.data?.length === 0,
        }}
        cancelText={t('common.cancel')}
        confirmLoading={move.isPending}
        onOk={() => form.submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        {current?.hint ? <Typography.Paragraph type="secondary">{current.hint}</Typography.Paragraph> : null}
        <Form form={form} layout="vertical" onFinish={submit} data-testid="need-action-form">
          {dialog === 'merge' ? (
            <Form.Item
              name="intoId"
              label={t('needs.actions.mergeInto')}
              rules={[{ required: true, message: t('needs.actions.chooseNeed') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={candidates.isPending}
                placeholder={t('needs.actions.mergeIntoPlaceholder')}
                notFoundContent={candidates.isPending ? null : t('needs.actions.mergeNone')}
                options={(candidates.data ?? []).map((c) => ({
                  value: c.id,
                  label: `${c.title}（${t(`needs.statuses.${c.status}`)}）`,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="text" label={current?.label} rules={[textRule]}>
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={dialog === 'resolve' ? 2000 : 500}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <NeedFormModal open={editing} onClose={() => setEditing(false)} editing={need} />
    </>
  );
};
