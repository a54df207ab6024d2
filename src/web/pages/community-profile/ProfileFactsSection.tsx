import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclaredProfile } from '../../api/communityProfiles';
import { useIsMobile } from '../../hooks/useIsMobile';
import { withKeys } from './profileFormValues';

const listRowStyle = {
  display: 'flex',
  justifyContent: 'space-between',
  alignItems: 'center',
  gap: 8,
  padding: '6px 0',
  borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
} as const;

// The facts only the community knows (申报): population note, party, schools, facilities, districts, notes.
export const ProfileFactsSection = ({ declared }: { declared: DeclaredProfile }) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const notFilled = <Typography.Text type="secondary">{t('communityProfile.notFilled')}</Typography.Text>;
  const people = t('communityProfile.people');
  const withPeople = (value: number | null): ReactNode =>
    value === null ? notFilled : `${value}${people ? ` ${people}` : ''}`;
  const cardProps = {
    variant: 'borderless' as const,
    style: { height: '100%' },
    styles: { body: { padding: mobile ? 12 : 20 } },
  };
  const descriptionsProps = {
    column: 1,
    size: 'small' as const,
    styles: { label: { width: mobile ? 110 : 140 } },
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card {...cardProps} title={t('communityProfile.basicsTitle')} data-testid="profile-basics">
          <Descriptions
            {...descriptionsProps}
            items={[
              {
                key: 'total',
                label: t('communityProfile.totalPopulation'),
                children: (
                  <div data-testid="profile-total">
                    {withPeople(declared.population.total)}
                    {declared.populationNote ? (
                      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                        {t('communityProfile.populationNote', { note: declared.populationNote })}
                      </Typography.Text>
                    ) : null}
                  </div>
                ),
              },
              {
                key: 'area',
                label: t('communityProfile.area'),
                children:
                  declared.areaKm2 === null
                    ? notFilled
                    : t('communityProfile.areaValue', { value: declared.areaKm2 }),
              },
              {
                key: 'businesses',
                label: t('communityProfile.businesses'),
                children: declared.businesses ?? notFilled,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card {...cardProps} title={t('communityProfile.partyTitle')} data-testid="profile-party">
          <Descriptions
            {...descriptionsProps}
            items={[
              {
                key: 'partyMembers',
                label: t('communityProfile.partyMembers'),
                children: (
                  <span data-testid="profile-party-members">{withPeople(declared.partyMembers)}</span>
                ),
              },
              {
                key: 'dualRegistered',
                label: t('communityProfile.dualRegistered'),
                children: (
                  <span data-testid="profile-dual-registered">
                    {withPeople(declared.dualRegisteredPartyMembers)}
                  </span>
                ),
              },
              {
                key: 'branches',
                label: t('communityProfile.partyBranches'),
                children:
                  declared.partyBranches.length === 0 ? (
                    notFilled
                  ) : (
                    <Space size={[4, 4]} wrap>
                      {withKeys(declared.partyBranches, (b) => b.kind).map(({ key, item: branch }) => (
                        <Tag key={key} color="red" style={{ marginInlineEnd: 0 }}>
                          {branch.kind} · {t('communityProfile.branchCount', { count: branch.count })}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Card {...cardProps} title={t('communityProfile.schoolsTitle')} data-testid="profile-schools">
          {declared.schools.length === 0
            ? notFilled
            : withKeys(declared.schools, (s) => s.name).map(({ key, item: school }) => (
                <div key={key} style={listRowStyle}>
                  <Typography.Text style={{ minWidth: 0 }}>{school.name}</Typography.Text>
                  <Tag style={{ marginInlineEnd: 0, flexShrink: 0 }}>
                    {t(`communityProfile.schoolKinds.${school.kind}`)}
                  </Tag>
                </div>
              ))}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Card {...cardProps} title={t('communityProfile.facilitiesTitle')} data-testid="profile-facilities">
          {declared.facilities.length === 0
            ? notFilled
            : withKeys(declared.facilities, (f) => f.name).map(({ key, item: facility }) => (
                <div key={key} style={listRowStyle}>
                  <Typography.Text style={{ minWidth: 0 }}>{facility.name}</Typography.Text>
                  {facility.areaM2 === null ? null : (
                    <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
                      {t('communityProfile.facilityArea', { area: facility.areaM2 })}
                    </Typography.Text>
                  )}
                </div>
              ))}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Card {...cardProps} title={t('communityProfile.districtsTitle')} data-testid="profile-districts">
          {declared.businessDistricts.length === 0 ? (
            notFilled
          ) : (
            <Space size={[6, 6]} wrap>
              {withKeys(declared.businessDistricts, (d) => d).map(({ key, item: district }) => (
                <Tag key={key} color="blue" style={{ marginInlineEnd: 0 }}>
                  {district}
                </Tag>
              ))}
            </Space>
          )}
        </Card>
      </Col>
      {declared.notes ? (
        <Col xs={24} md={12} xl={24}>
          <Card {...cardProps} title={t('communityProfile.notesTitle')} data-testid="profile-notes">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {declared.notes}
            </Typography.Paragraph>
          </Card>
        </Col>
      ) : null}
    </Row>
  );
};
