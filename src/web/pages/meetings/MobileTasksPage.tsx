import { Button, Card, DotLoading, ErrorBlock, Popup, Tag, TextArea, Toast } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorText } from '../../hooks/useErrorText';
import { MobilePage } from '../../mobile/MobilePage';
import { TAG_STYLE } from '../../mobile/tagStyle';
import { type ActionItemView, markMyActionDone, uploadActionPhoto } from './api';
import { useMeetingMutation, useMyActionItems } from './useMeetings';

// 我的任务 on the phone: the open action items of the teams the volunteer leads, each marked done with a
// note and optionally a photo; what was done lately below.
export const MobileTasksPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const mine = useMyActionItems();
  const [finishing, setFinishing] = useState<ActionItemView | null>(null);

  let body: ReactNode;
  if (mine.isPending) {
    body = (
      <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
        <DotLoading color="primary" />
      </div>
    );
  } else if (mine.isError) {
    body = <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(mine.error)} />;
  } else if (mine.data.teams.length === 0) {
    body = <ErrorBlock status="empty" title={t('meetings.phone.notLeader')} description="" />;
  } else {
    const open = mine.data.items.filter((i) => i.status === 'open');
    const done = mine.data.items.filter((i) => i.status === 'done');
    body = (
      <>
        <div style={{ color: '#555', marginBottom: 12, lineHeight: 1.6 }}>
          {t('meetings.phone.teams', { names: mine.data.teams.map((team) => team.name).join('、') })}
        </div>
        {open.length === 0 ? (
          <ErrorBlock status="empty" title={t('meetings.phone.empty')} description="" />
        ) : null}
        {open.map((item) => (
          <TaskCard key={item.id} item={item} onDone={() => setFinishing(item)} />
        ))}
        {done.length ? (
          <div style={{ fontWeight: 600, margin: '20px 0 8px' }}>{t('meetings.phone.recentDone')}</div>
        ) : null}
        {done.map((item) => (
          <TaskCard key={item.id} item={item} />
        ))}
      </>
    );
  }
  return (
    <MobilePage title={t('meetings.phone.title')} onBack={() => navigate('/m')}>
      {body}
      <DoneSheet item={finishing} onClose={() => setFinishing(null)} />
    </MobilePage>
  );
};

const TaskCard = ({ item, onDone }: { item: ActionItemView; onDone?: () => void }) => {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 12 }} data-testid="m-task">
      <div style={{ fontSize: '1.1em', fontWeight: 600, lineHeight: 1.5, wordBreak: 'break-word' }}>
        {item.what}
      </div>
      <div style={{ color: '#555', margin: '6px 0', lineHeight: 1.6 }}>
        <div>{item.assigneeName}</div>
        <div>
          {t('meetings.phone.due', { date: item.dueOn })}{' '}
          {item.overdue ? (
            <Tag color="danger" style={TAG_STYLE}>
              {t('meetings.phone.overdue')}
            </Tag>
          ) : null}
          {item.status === 'done' ? (
            <Tag color="success" style={TAG_STYLE}>
              {t('meetings.phone.doneOn')}
            </Tag>
          ) : null}
        </div>
        <div style={{ fontSize: '0.9em', color: '#888', wordBreak: 'break-word' }}>
          {t('meetings.phone.fromMeeting', { title: item.meetingTitle })}
        </div>
        {item.status === 'done' && item.evidenceNote ? (
          <div style={{ marginTop: 4, wordBreak: 'break-word' }}>{item.evidenceNote}</div>
        ) : null}
      </div>
      {onDone ? (
        <Button block size="large" color="primary" onClick={onDone}>
          {t('meetings.phone.markDone')}
        </Button>
      ) : null}
    </Card>
  );
};

const DoneSheet = ({ item, onClose }: { item: ActionItemView | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const finish = useMeetingMutation(
    async ({ id, text, photo }: { id: string; text: string; photo: File | null }) => {
      if (photo) await uploadActionPhoto(id, photo, true);
      return markMyActionDone(id, text);
    },
  );
  const close = () => {
    setNote('');
    setFile(null);
    setProblem(null);
    onClose();
  };
  const submit = () => {
    if (!item) return;
    if (note.trim().length < 2) return setProblem(t('meetings.phone.noteRequired'));
    finish.mutate(
      { id: item.id, text: note.trim(), photo: file },
      {
        onSuccess: () => {
          Toast.show({ icon: 'success', content: t('meetings.phone.done') });
          close();
        },
        onError: (error) => Toast.show({ icon: 'fail', content: errorText(error), duration: 3500 }),
      },
    );
  };
  return (
    <Popup
      visible={!!item}
      onMaskClick={close}
      onClose={close}
      bodyStyle={{
        boxSizing: 'border-box',
        borderTopLeftRadius: 16,
        borderTopRightRadius: 16,
        padding: '16px 16px calc(16px + env(safe-area-inset-bottom))',
      }}
    >
      {item ? (
        <div data-testid="m-task-done">
          <div style={{ fontSize: '1.2em', fontWeight: 700, marginBottom: 8 }}>
            {t('meetings.phone.doneTitle')}
          </div>
          <div style={{ marginBottom: 12, wordBreak: 'break-word' }}>{item.what}</div>
          <label htmlFor="m-task-note" style={{ display: 'block', marginBottom: 6, fontWeight: 600 }}>
            {t('meetings.phone.note')}
          </label>
          <div style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: 8 }}>
            <TextArea
              id="m-task-note"
              rows={3}
              maxLength={1000}
              value={note}
              placeholder={t('meetings.phone.notePlaceholder')}
              onChange={(value) => {
                setNote(value);
                setProblem(null);
              }}
            />
          </div>
          {problem ? <div style={{ color: '#cf1322', marginTop: 6 }}>{problem}</div> : null}
          <label
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              minHeight: 48,
              marginTop: 12,
              border: '1px dashed #bfbfbf',
              borderRadius: 8,
              color: '#1677ff',
              padding: '0 12px',
              textAlign: 'center',
              wordBreak: 'break-all',
            }}
          >
            {file ? t('meetings.phone.photoChosen', { name: file.name }) : t('meetings.phone.addPhoto')}
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp"
              capture="environment"
              style={{ display: 'none' }}
              data-testid="m-task-photo"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <Button
            block
            size="large"
            color="primary"
            style={{ marginTop: 16 }}
            loading={finish.isPending}
            onClick={submit}
          >
            {t('meetings.phone.submit')}
          </Button>
          <Button block size="large" fill="none" style={{ marginTop: 8 }} onClick={close}>
            {t('meetings.phone.cancelSubmit')}
          </Button>
        </div>
      ) : null}
    </Popup>
  );
};
