import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentDetail, ResidentReveal } from '../../api/residents';
import { ResidentTagList } from './ResidentTagList';

// Target groups (tags are shown to every reader) and, once revealed, the health and hardship detail.
export const ResidentSensitiveCard = ({
  resident,
  revealed,
  onReveal,
}: {
  resident: ResidentDetail;
  revealed: ResidentReveal | null;
  onReveal?: () => void;
}) => {
  const { t } = useTranslation();
  const s = revealed?.sensitive;
  return (
    <Card variant="borderless" title={t('residents.detail.targetGroups')}>
      <div style={{ marginBottom: 16 }}>
        <ResidentTagList tags={resident.tags} empty={t('residents.detail.noTags')} />
      </div>
      {s ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          data-testid="revealed-sensitive"
          items={[
            {
              key: 'care',
              label: t('residents.fields.careDependency'),
              children: t(`residents.careDependency.${s.careDependency ?? 'none'}`),
            },
            {
              key: 'illness',
              label: t('residents.fields.chronicIllnesses'),
              children: s.chronicIllnesses.length > 0 ? s.chronicIllnesses.join('、') : '—',
            },
            {
              key: 'disability',
              label: t('residents.fields.disability'),
              children: s.disability
                ? `${t(`residents.disabilityTypes.${s.disability.type}`)} · ${t(
                    `residents.disabilityGrades.g${s.disability.grade}`,
                  )}`
                : '—',
            },
            { key: 'notes', label: t('residents.fields.notes'), children: revealed?.notes || '—' },
          ]}
        />
      ) : (
        <Empty
          image={<LockOutlined style={{ fontSize: 32, color: '#bfbfbf' }} />}
          styles={{ image: { height: 40 } }}
          description={
            <Typography.Text type="secondary">{t('residents.detail.sensitiveHidden')}</Typography.Text>
          }
        >
          {onReveal ? (
            <Button icon={<EyeOutlined />} onClick={onReveal}>
              {t('residents.reveal.button')}
            </Button>
          ) : null}
        </Empty>
      )}
    </Card>
  );
};
