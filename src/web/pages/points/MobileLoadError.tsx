import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useErrorText } from '../../hooks/useErrorText';

// Someone who is not (yet) an active volunteer has no points: say so in the server's words and lead to 我的志愿.
const NOT_A_VOLUNTEER = ['volunteers.not_registered', 'volunteers.not_active'];

export const MobileLoadError = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  if (isApiError(error) && NOT_A_VOLUNTEER.includes(error.code)) {
    return (
      <ErrorBlock status="empty" title={errorText(error)} description="">
        <Button color="primary" size="large" onClick={() => navigate('/m/volunteer')}>
          {t('points.mobile.toVolunteer')}
        </Button>
      </ErrorBlock>
    );
  }
  return <ErrorBlock status="default" title={t('mobile.loadFailed')} description={errorText(error)} />;
};
