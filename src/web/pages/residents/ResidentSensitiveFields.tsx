import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { disabilityTypes, targetGroupFlags } from '../../../core/residents/target-groups';
import type { ResidentFormValues } from './residentFormValues';

const GRADES = [1, 2, 3, 4] as const;

// Target groups, care dependency, chronic illnesses, disability and notes: the encrypted part.
export const ResidentSensitiveFields = () => {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ResidentFormValues>();
  const disabilityType = Form.useWatch(['sensitive', 'disability', 'type'], form);

  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name={['sensitive', 'flags']} label={t('residents.fields.flags')}>
          <Checkbox.Group style={{ width: '100%' }}>
            <Row gutter={[8, 8]}>
              {targetGroupFlags.map((flag) => (
                <Col key={flag} xs={12} sm={8}>
                  <Checkbox value={flag}>{t(`residents.tags.${flag}`)}</Checkbox>
                </Col>
              ))}
            </Row>
          </Checkbox.Group>
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={['sensitive', 'careDependency']} label={t('residents.fields.careDependency')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'none', label: t('residents.careDependency.none') },
              { value: 'partial', label: t('residents.careDependency.partial') },
              { value: 'full', label: t('residents.careDependency.full') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name={['sensitive', 'chronicIllnesses']}
          label={t('residents.fields.chronicIllnesses')}
          extra={t('residents.chronicIllnessesHint')}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、', ';', '；']}
            open={false}
            suffixIcon={null}
            placeholder={t('residents.chronicIllnessesPlaceholder')}
            aria-label={t('residents.fields.chronicIllnesses')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={['sensitive', 'disability', 'type']} label={t('residents.fields.disabilityType')}>
          <Select
            allowClear
            placeholder={t('residents.noDisability')}
            options={disabilityTypes.map((type) => ({
              value: type,
              label: t(`residents.disabilityTypes.${type}`),
            }))}
            onChange={(type?: string) => {
              if (!type) form.setFieldValue(['sensitive', 'disability', 'grade'], undefined);
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name={['sensitive', 'disability', 'grade']}
          label={t('residents.fields.disabilityGrade')}
          dependencies={[['sensitive', 'disability', 'type']]}
          rules={[
            {
              required: !!disabilityType,
              message: t('common.requiredSelect', { field: t('residents.fields.disabilityGrade') }),
            },
          ]}
        >
          <Select
            allowClear
            disabled={!disabilityType}
            options={GRADES.map((grade) => ({
              value: grade,
              label: t(`residents.disabilityGrades.g${grade}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="notes" label={t('residents.fields.notes')}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Col>
    </Row>
  );
};
