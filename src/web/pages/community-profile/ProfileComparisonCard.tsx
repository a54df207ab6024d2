import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommunityProfile } from '../../api/communityProfiles';
import { useIsMobile } from '../../hooks/useIsMobile';
import { ComparisonTile } from './ComparisonTile';

// 申报数 vs 台账数 for every figure that both the community and the records know.
export const ProfileComparisonCard = ({ profile }: { profile: CommunityProfile }) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { declared, counted } = profile;
  const people = t('communityProfile.people');
  const pieces = t('communityProfile.pieces');
  const rows = [
    {
      key: 'hukou',
      declared: declared.population.hukou,
      counted: counted.registeredResidents,
      suffix: people,
    },
    {
      key: 'migrant',
      declared: declared.population.migrant,
      counted: counted.migrantResidents,
      suffix: people,
    },
    { key: 'partyMembers', declared: declared.partyMembers, counted: counted.partyMembers, suffix: people },
    { key: 'compounds', declared: declared.compounds, counted: counted.compounds, suffix: pieces },
    {
      key: 'apartmentBlocks',
      declared: declared.apartmentBlocks,
      counted: counted.apartmentBlocks,
      suffix: pieces,
    },
    { key: 'grids', declared: declared.grids, counted: counted.grids, suffix: pieces },
  ] as const;

  return (
    <Card
      variant="borderless"
      data-testid="profile-comparison"
      styles={{ body: { padding: mobile ? 12 : 20 } }}
      title={
        <div style={{ padding: '4px 0', whiteSpace: 'normal' }}>
          <div style={{ fontSize: 16 }}>{t('communityProfile.comparisonTitle')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {t('communityProfile.comparisonHint')}
          </Typography.Text>
        </div>
      }
    >
      <Row gutter={[12, 12]}>
        {rows.map((row) => (
          <Col key={row.key} xs={12} md={8} xxl={4}>
            <ComparisonTile
              testId={`compare-${row.key}`}
              label={t(`communityProfile.metrics.${row.key}`)}
              declared={row.declared}
              counted={row.counted}
              suffix={row.suffix}
              compact={mobile}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
};
