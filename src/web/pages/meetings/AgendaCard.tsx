import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../hooks/useErrorText';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { ActionItemList } from './ActionItemList';
import { AssignModal, DoneModal, useMoveAction } from './ActionModals';
import {
  type ActionItemView,
  addAgendaItem,
  type MeetingDetail,
  recordDecision,
  removeAgendaItem,
  reorderAgenda,
} from './api';
import { useAgendaCandidates, useMeetingMutation } from './useMeetings';

type AgendaItem = MeetingDetail['agenda'][number];

// 议题 in order, each with its discussion, decision (方案) and 任务分工.
export const AgendaCard = ({ meeting, canManage }: { meeting: MeetingDetail; canManage: boolean }) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const open = canManage && meeting.status !== 'cancelled';
  const [adding, setAdding] = useState<'free' | 'need' | null>(null);
  const [deciding, setDeciding] = useState<AgendaItem | null>(null);
  const [assigning, setAssigning] = useState<string | null>(null);
  const [finishing, setFinishing] = useState<ActionItemView | null>(null);
  const move = useMoveAction();
  const reorder = useMeetingMutation((ids: string[]) => reorderAgenda(meeting.id, ids));
  const remove = useMeetingMutation(removeAgendaItem);
  const items = meeting.agenda;

  const shift = (index: number, by: -1 | 1) => {
    const ids = items.map((i) => i.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    reorder.mutate(ids, { onError: (err) => void message.error(errorText(err)) });
  };
  const confirmRemove = (item: AgendaItem) =>
    modal.confirm({
      title: t('meetings.agenda.removeTitle', { title: item.title }),
      okText: t('meetings.agenda.remove'),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(item.id).catch((err: unknown) => void message.error(errorText(err))),
    });

  return (
    <Card
      size="small"
      title={t('meetings.agenda.title')}
      extra={
        open ? (
          <Space size={8} wrap>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding('need')}>
              {t('meetings.agenda.addFromNeeds')}
            </Button>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding('free')}>
              {t('meetings.agenda.addFree')}
            </Button>
          </Space>
        ) : null
      }
    >
      {items.length === 0 ? <Empty description={t('meetings.agenda.empty')} /> : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {items.map((item, index) => (
          <section
            key={item.id}
            data-testid="agenda-item"
            style={{ borderTop: index ? '1px solid #f0f0f0' : undefined, paddingTop: index ? 16 : 0 }}
          >
            <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8 }}>
              <Space wrap size={6}>
                <Typography.Text strong>
                  {index + 1}. {item.title}
                </Typography.Text>
                {item.needId ? <Tag color="purple">{t('meetings.agenda.fromNeed')}</Tag> : null}
                {item.needStatus ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('meetings.agenda.needStatus', {
                      status: t(`meetings.needStatuses.${item.needStatus}`),
                    })}
                  </Typography.Text>
                ) : null}
              </Space>
              {open ? (
                <Space size={4} wrap>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('meetings.agenda.moveUp')}
                    disabled={index === 0 || reorder.isPending}
                    onClick={() => shift(index, -1)}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('meetings.agenda.moveDown')}
                    disabled={index === items.length - 1 || reorder.isPending}
                    onClick={() => shift(index, 1)}
                  />
                  {!item.needId && !item.decision ? (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('meetings.agenda.remove')}
                      onClick={() => confirmRemove(item)}
                    />
                  ) : null}
                  <Button size="small" onClick={() => setDeciding(item)}>
                    {t(item.decision ? 'meetings.agenda.editDecision' : 'meetings.agenda.decide')}
                  </Button>
                  {item.decision ? (
                    <Button size="small" type="primary" onClick={() => setAssigning(item.id)}>
                      {t('meetings.actions.add')}
                    </Button>
                  ) : null}
                </Space>
              ) : null}
            </div>
            <dl style={{ margin: '8px 0 0' }}>
              {item.discussion ? (
                <>
                  <dt style={{ color: '#888', fontSize: 12 }}>{t('meetings.agenda.discussion')}</dt>
                  <dd style={{ margin: '0 0 8px', whiteSpace: 'pre-wrap' }}>{item.discussion}</dd>
                </>
              ) : null}
              <dt style={{ color: '#888', fontSize: 12 }}>{t('meetings.agenda.decision')}</dt>
              <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {item.decision ?? (
                  <Typography.Text type="secondary">{t('meetings.agenda.noDecision')}</Typography.Text>
                )}
              </dd>
            </dl>
            {item.actionItems.length ? (
              <div style={{ marginTop: 8 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('meetings.actions.title')}
                </Typography.Text>
                <ActionItemList
                  items={item.actionItems}
                  canManage={canManage}
                  onDone={setFinishing}
                  onMove={move.start}
                />
              </div>
            ) : null}
          </section>
        ))}
      </Space>
      {open ? (
        <>
          <AddItemModal meetingId={meeting.id} mode={adding} onClose={() => setAdding(null)} />
          <DecisionModal item={deciding} onClose={() => setDeciding(null)} />
          <AssignModal meetingId={meeting.id} agendaItemId={assigning} onClose={() => setAssigning(null)} />
        </>
      ) : null}
      {canManage ? (
        <>
          <DoneModal item={finishing} onClose={() => setFinishing(null)} />
          {move.modal}
        </>
      ) : null}
    </Card>
  );
};

const AddItemModal = ({
  meetingId,
  mode,
  onClose,
}: {
  meetingId: string;
  mode: 'free' | 'need' | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ title?: string; needId?: string }>();
  const candidates = useAgendaCandidates(meetingId, mode === 'need');
  const save = useMeetingMutation((v: { title?: string; needId?: string }) =>
    addAgendaItem(
      meetingId,
      mode === 'need' ? { needId: v.needId ?? null } : { title: v.title?.trim() ?? '' },
    ),
  );
  const done = useSaveThenClose(form, onClose);
  useEffect(() => {
    if (mode) form.resetFields();
  }, [mode, form]);
  const options = (candidates.data?.items ?? []).map((n) => ({
    value: n.id,
    label: `${n.title}（${t(`meetings.needStatuses.${n.status}`)}）`,
  }));
  return (
    <FormModal
      open={mode !== null}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={t(mode === 'need' ? 'meetings.agenda.addFromNeeds' : 'meetings.agenda.addFree')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v, done(t('meetings.agenda.added')))}>
        {mode === 'need' ? (
          <Form.Item
            name="needId"
            label={t('meetings.agenda.pickNeed')}
            rules={[{ required: true, message: t('meetings.agenda.pickNeed') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={candidates.isPending}
              notFoundContent={t('meetings.agenda.noNeeds')}
              options={options}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="title"
            label={t('meetings.agenda.freeTitle')}
            rules={[
              {
                required: true,
                whitespace: true,
                min: 2,
                message: t('meetings.form.required', { field: t('meetings.agenda.freeTitle') }),
              },
            ]}
          >
            <Input maxLength={80} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
};

const DecisionModal = ({ item, onClose }: { item: AgendaItem | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ discussion?: string; decision: string }>();
  const save = useMeetingMutation((v: { discussion?: string; decision: string }) =>
    recordDecision(item?.id ?? '', { discussion: v.discussion?.trim() ?? '', decision: v.decision.trim() }),
  );
  const done = useSaveThenClose(form, onClose);
  return (
    <FormModal
      open={item !== null}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={item ? `${t('meetings.agenda.decisionTitle')}：${item.title}` : ''}
      width={640}
      destroyOnHidden
    >
      <Form
        key={item?.id}
        form={form}
        layout="vertical"
        initialValues={{ discussion: item?.discussion ?? '', decision: item?.decision ?? '' }}
        onFinish={(v) => save.mutate(v, done(t('meetings.agenda.decisionSaved')))}
      >
        <Form.Item name="discussion" label={t('meetings.agenda.discussion')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="decision"
          label={t('meetings.agenda.decision')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 4,
              message: t('meetings.form.required', { field: t('meetings.agenda.decision') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
