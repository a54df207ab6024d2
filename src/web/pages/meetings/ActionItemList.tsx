import { Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../hooks/useMe';
import { type ActionItemView, actionPhotoUrl } from './api';
import { ActionStatusTag } from './MeetingTags';

// Action items as a table: what, who, by when, status, the evidence, and the staff's buttons.
export const ActionItemList = ({
  items,
  canManage,
  withMeeting = false,
  onDone,
  onMove,
}: {
  items: ActionItemView[];
  canManage: boolean;
  withMeeting?: boolean;
  onDone: (item: ActionItemView) => void;
  onMove: (item: ActionItemView, how: 'reopen' | 'cancel') => void;
}) => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const columns = [
    {
      key: 'what',
      title: t('meetings.actions.what'),
      render: (_: unknown, a: ActionItemView) => (
        <div style={{ minWidth: 180 }}>
          {a.what}
          {withMeeting ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Link to={`/meetings/${a.meetingId}`}>{a.meetingTitle}</Link> · {a.agendaTitle}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'assignee',
      title: t('meetings.actions.assignee'),
      render: (_: unknown, a: ActionItemView) => (
        <span>
          {a.assigneeName}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            （{t(`meetings.assigneeKinds.${a.assigneeKind}`)}）
          </Typography.Text>
        </span>
      ),
    },
    { key: 'due', title: t('meetings.actions.due'), dataIndex: 'dueOn' },
    {
      key: 'status',
      title: t('meetings.actions.status'),
      render: (_: unknown, a: ActionItemView) => <ActionStatusTag item={a} />,
    },
    {
      key: 'evidence',
      title: t('meetings.actions.evidence'),
      render: (_: unknown, a: ActionItemView) => (
        <div style={{ maxWidth: 280 }}>
          {a.evidenceNote ? <div style={{ whiteSpace: 'pre-wrap' }}>{a.evidenceNote}</div> : null}
          {a.photos.length ? (
            <Space size={4} wrap style={{ marginTop: 4 }}>
              {a.photos.map((p) => (
                <img
                  key={p.id}
                  src={actionPhotoUrl(p.id, me?.currentMembershipId ?? undefined)}
                  alt={a.what}
                  style={{ width: 48, height: 48, objectFit: 'cover', borderRadius: 4 }}
                />
              ))}
            </Space>
          ) : null}
        </div>
      ),
    },
    ...(canManage
      ? [
          {
            key: 'ops',
            title: '',
            render: (_: unknown, a: ActionItemView) => (
              <Space size={4}>
                {a.status === 'open' ? (
                  <>
                    <Button size="small" type="primary" onClick={() => onDone(a)}>
                      {t('meetings.actions.done')}
                    </Button>
                    <Button size="small" danger onClick={() => onMove(a, 'cancel')}>
                      {t('meetings.actions.cancel')}
                    </Button>
                  </>
                ) : null}
                {a.status === 'done' ? (
                  <Button size="small" onClick={() => onMove(a, 'reopen')}>
                    {t('meetings.actions.reopen')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<ActionItemView>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={items}
      columns={columns}
    />
  );
};
