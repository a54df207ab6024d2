import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import type { SuggestionDetail } from './api';
import { NeedModal } from './NeedModal';
import { ReplyModal } from './ReplyModal';
import { RouteModal } from './RouteModal';
import { useCloseSuggestion } from './useSuggestions';

type Open = 'route' | 'reply' | 'need' | null;

// What staff may do next, by where the suggestion stands (the server checks the same order again).
export const SuggestionActions = ({ suggestion }: { suggestion: SuggestionDetail }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const close = useCloseSuggestion();
  const [open, setOpen] = useState<Open>(null);
  const { status } = suggestion;
  if (status === 'closed') return null;

  const confirmClose = () =>
    modal.confirm({
      title: t('suggestions.actions.close'),
      content: t('suggestions.actions.closeConfirm'),
      okText: t('suggestions.actions.closeOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        close
          .mutateAsync(suggestion.id)
          .then(() => void message.success(t('suggestions.actions.closed')))
          .catch((error: unknown) => void message.error(errorText(error))),
    });

  return (
    <>
      <Space wrap>
        <Button type="primary" onClick={() => setOpen('reply')}>
          {status === 'replied' ? t('suggestions.actions.editReply') : t('suggestions.actions.reply')}
        </Button>
        {status !== 'replied' ? (
          <Button onClick={() => setOpen('route')}>{t('suggestions.actions.route')}</Button>
        ) : null}
        {suggestion.needId ? null : (
          <Button onClick={() => setOpen('need')}>{t('suggestions.actions.toNeed')}</Button>
        )}
        <Button danger onClick={confirmClose}>
          {t('suggestions.actions.close')}
        </Button>
      </Space>
      <RouteModal id={suggestion.id} open={open === 'route'} onClose={() => setOpen(null)} />
      <ReplyModal
        id={suggestion.id}
        open={open === 'reply'}
        initial={{ reply: suggestion.reply ?? '', publish: suggestion.published }}
        onClose={() => setOpen(null)}
      />
      <NeedModal
        id={suggestion.id}
        open={open === 'need'}
        initial={{ title: suggestion.title, description: suggestion.body }}
        onClose={() => setOpen(null)}
      />
    </>
  );
};
