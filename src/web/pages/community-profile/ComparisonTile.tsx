import { Card, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const figureStyle = { fontWeight: 600, whiteSpace: 'nowrap' } as const;

// One figure as the community declares it (申报数) beside the same figure counted from the records (台账数).
// `compact` (phones) puts the two on lines of their own so that five-digit figures still fit.
export const ComparisonTile = ({
  testId,
  label,
  declared,
  counted,
  suffix,
  compact = false,
}: {
  testId: string;
  label: string;
  declared: number | null;
  counted: number;
  suffix: string;
  compact?: boolean;
}) => {
  const { t } = useTranslation();
  const difference = declared === null ? null : declared - counted;
  const unit = suffix ? <span style={{ fontSize: 13, fontWeight: 400, marginLeft: 2 }}>{suffix}</span> : null;

  const figure = (kind: 'declared' | 'counted', value: number | null, color?: string): ReactNode => {
    const fontSize = compact ? 18 : 22;
    return (
      <div
        data-testid={`${testId}-${kind}`}
        style={{ ...figureStyle, fontSize, lineHeight: compact ? '26px' : '30px', color }}
      >
        {value === null ? (
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 400, whiteSpace: 'normal' }}>
            {t('communityProfile.notDeclared')}
          </Typography.Text>
        ) : (
          <>
            {value}
            {unit}
          </>
        )}
      </div>
    );
  };
  const caption = (kind: 'declared' | 'counted') => (
    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
      {t(`communityProfile.${kind}`)}
    </Typography.Text>
  );

  return (
    <Card
      size="small"
      data-testid={testId}
      style={{
        height: '100%',
        background: difference ? '#fff7e6' : undefined,
        borderColor: difference ? '#ffc069' : undefined,
      }}
      styles={{ body: { padding: compact ? 10 : 12 } }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 4 }}>
        <Typography.Text strong ellipsis={{ tooltip: label }} style={{ minWidth: 0 }}>
          {label}
        </Typography.Text>
        {difference === null ? null : difference === 0 ? (
          <Tag color="success" style={{ marginInlineEnd: 0 }} data-testid={`${testId}-same`}>
            {t('communityProfile.same')}
          </Tag>
        ) : (
          <Tooltip
            title={t(difference > 0 ? 'communityProfile.differenceMore' : 'communityProfile.differenceLess', {
              n: Math.abs(difference),
            })}
          >
            <Tag
              color="orange"
              variant="solid"
              style={{ marginInlineEnd: 0, fontWeight: 600 }}
              data-testid={`${testId}-difference`}
            >
              {t('communityProfile.difference', {
                n: difference > 0 ? `+${difference}` : String(difference),
              })}
            </Tag>
          </Tooltip>
        )}
      </div>
      {compact ? (
        <div style={{ marginTop: 6 }}>
          {(['declared', 'counted'] as const).map((kind) => (
            <div
              key={kind}
              style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 6 }}
            >
              {caption(kind)}
              {kind === 'declared' ? figure(kind, declared) : figure(kind, counted, '#1668dc')}
            </div>
          ))}
        </div>
      ) : (
        <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            {caption('declared')}
            {figure('declared', declared)}
          </div>
          <div style={{ width: 1, background: 'rgba(5, 5, 5, 0.06)' }} />
          <div style={{ flex: 1, minWidth: 0 }}>
            {caption('counted')}
            {figure('counted', counted, '#1668dc')}
          </div>
        </div>
      )}
    </Card>
  );
};
