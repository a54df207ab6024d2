import { ArrowRightOutlined, WarningOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegistryChangeLine } from './api';
import { lineValue } from './lineValue';

// Field by field, what the record held when proposed → what is proposed; a field changed since is flagged.
export const RegistryChangeLines = ({ lines }: { lines: RegistryChangeLine[] }) => {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px' }}>
      {lines.map((line) => (
        <div key={line.field} style={{ display: 'contents' }} data-testid={`change-line-${line.field}`}>
          <Typography.Text type="secondary">{t(`registryChanges.fields.${line.field}`)}</Typography.Text>
          <span>
            <Typography.Text delete={line.before !== null}>{lineValue(line, line.before, t)}</Typography.Text>
            <ArrowRightOutlined style={{ margin: '0 8px', color: '#8c8c8c' }} />
            <Typography.Text strong>{lineValue(line, line.after, t)}</Typography.Text>
            {line.stale ? (
              <Tooltip title={t('registryChanges.staleHint')}>
                <Typography.Text type="warning" style={{ marginInlineStart: 8 }} data-testid="change-stale">
                  <WarningOutlined />{' '}
                  {t('registryChanges.stale', { value: lineValue(line, line.current, t) })}
                </Typography.Text>
              </Tooltip>
            ) : null}
          </span>
        </div>
      ))}
    </div>
  );
};
