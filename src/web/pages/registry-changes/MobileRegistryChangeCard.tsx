import { Card, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TAG_STYLE } from '../../mobile/tagStyle';
import type { RegistryChangeStatus, RegistryChangeView } from './api';
import { lineValue } from './lineValue';

const COLORS: Record<RegistryChangeStatus, string> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
};

// The day in Huli's time, whatever zone the phone is set to.
const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

// One of my proposals: what I asked to change, where it stands, and why it came back.
export const MobileRegistryChangeCard = ({ change }: { change: RegistryChangeView }) => {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 12 }} data-testid="my-registry-change">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <span style={{ color: '#8c8c8c' }}>{shanghaiDay.format(new Date(change.proposedAt))}</span>
        <Tag color={COLORS[change.status]} style={TAG_STYLE}>
          {t(`registryChanges.statuses.${change.status}`)}
        </Tag>
      </div>
      {change.lines.map((line) => (
        <div key={line.field} style={{ marginTop: 6, lineHeight: 1.6 }}>
          {t(`registryChanges.fields.${line.field}`)}：{lineValue(line, line.before, t)} →{' '}
          <strong>{lineValue(line, line.after, t)}</strong>
        </div>
      ))}
      <div style={{ marginTop: 6, color: '#595959' }}>{change.note}</div>
      {change.rejectReason ? (
        <div style={{ marginTop: 8, padding: '8px 10px', borderRadius: 8, background: '#fff1f0' }}>
          {t('registryChanges.rejectReason')}：{change.rejectReason}
        </div>
      ) : null}
    </Card>
  );
};
