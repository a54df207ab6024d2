import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// A declared list (party branches, schools, facilities, districts): one line per row, add and remove.
export const ProfileListField = ({
  name,
  addLabel,
  max,
  newRow,
  renderRow,
}: {
  name: string;
  addLabel: string;
  max: number;
  newRow: unknown;
  renderRow: (rowName: number, index: number) => ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <div
              key={field.key}
              data-testid={`${name}-row-${index}`}
              style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}
            >
              <div style={{ flex: 1, minWidth: 0, display: 'flex', flexWrap: 'wrap', columnGap: 8 }}>
                {renderRow(field.name, index)}
              </div>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('communityProfile.form.removeRow', { n: index + 1 })}
                onClick={() => remove(field.name)}
              />
            </div>
          ))}
          {fields.length < max ? (
            <Form.Item>
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(newRow)}>
                {addLabel}
              </Button>
            </Form.Item>
          ) : null}
        </>
      )}
    </Form.List>
  );
};
