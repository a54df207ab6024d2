import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NeedDetail, NeedEventKind } from './api';

type NeedEvent = NeedDetail['events'][number];

const colors: Partial<Record<NeedEventKind, string>> = {
  raised: 'gray',
  accepted: 'blue',
  declined: 'red',
  onAgenda: 'purple',
  decided: 'purple',
  actionAssigned: 'orange',
  actionDone: 'green',
  resolved: 'green',
  reopened: 'orange',
};

// The need's thread as a timeline: raised → agenda → decision → actions → result, who and when.
export const NeedThread = ({ need }: { need: NeedDetail }) => {
  const { t } = useTranslation();
  const heading = (e: NeedEvent) => {
    if (e.kind === 'merged')
      return e.refId === need.mergedInto?.id
        ? t('needs.events.mergedInto', { title: e.refTitle ?? e.note })
        : t('needs.events.mergedFrom', { title: e.refTitle ?? e.note });
    if (e.kind === 'onAgenda') return t('needs.events.onAgenda', { title: e.note });
    return t(`needs.events.${e.kind}`);
  };
  // The note says more than the heading for every step but an agenda (its note is the meeting) and a merge.
  const body = (e: NeedEvent) => (e.kind === 'onAgenda' || e.kind === 'merged' ? '' : e.note);
  return (
    <Timeline
      data-testid="need-thread"
      items={need.events.map((e) => ({
        key: e.id,
        color: colors[e.kind] ?? 'gray',
        content: (
          <div>
            <Typography.Text strong>{heading(e)}</Typography.Text>
            {body(e) ? (
              <Typography.Paragraph style={{ margin: '2px 0', whiteSpace: 'pre-wrap' }}>
                {body(e)}
              </Typography.Paragraph>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
};
