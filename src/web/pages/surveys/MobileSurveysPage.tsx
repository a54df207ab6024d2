import { Card, DotLoading, ErrorBlock, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorText } from '../../hooks/useErrorText';
import { formatDateTime } from '../../i18n/format';
import { MobilePage } from '../../mobile/MobilePage';
import { TAG_STYLE } from '../../mobile/tagStyle';
import { useMySurveys } from './useSurveys';

// 问卷调查 on the phone: the open surveys of my community, the ones I have answered marked 已填写.
export const MobileSurveysPage = () => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const mine = useMySurveys();

  let body: ReactNode;
  if (mine.isPending) {
    body = (
      <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
        <DotLoading color="primary" />
      </div>
    );
  } else if (mine.isError) {
    body = <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(mine.error)} />;
  } else if (mine.data.items.length === 0) {
    body = <ErrorBlock status="empty" title={t('surveys.phone.empty')} description="" />;
  } else {
    body = mine.data.items.map((s) => (
      <Card
        key={s.id}
        onClick={() => navigate(`/m/surveys/${s.id}`)}
        style={{ marginBottom: 12, cursor: 'pointer' }}
        data-testid={`m-survey-${s.id}`}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
          <div style={{ fontSize: 18, fontWeight: 600, lineHeight: 1.4 }}>{s.title}</div>
          <Tag
            color={s.answered ? 'success' : 'primary'}
            fill={s.answered ? 'outline' : 'solid'}
            style={{ ...TAG_STYLE, flexShrink: 0 }}
          >
            {s.answered ? t('surveys.phone.answered') : t('surveys.phone.toAnswer')}
          </Tag>
        </div>
        <div style={{ color: '#666', fontSize: 15, marginTop: 6 }}>
          {t('surveys.phone.questions', { count: s.questionCount })}
          {s.closesAt
            ? ` · ${t('surveys.phone.closesAt', { time: formatDateTime(s.closesAt, i18n.language).slice(0, 10) })}`
            : ''}
        </div>
      </Card>
    ));
  }
  return (
    <MobilePage title={t('surveys.phone.title')} onBack={() => navigate('/m')}>
      {body}
    </MobilePage>
  );
};
