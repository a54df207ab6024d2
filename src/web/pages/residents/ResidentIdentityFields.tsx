import { Alert, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { mobilePattern } from '../../../core/mobile';
import { ageOn } from '../../../core/residents/age-bands';
import { idTypes } from '../../../core/residents/contract';
import { normalizeIdNumber, parseIdNumber } from '../../../core/residents/id-card';
import type { ResidentFormValues } from './residentFormValues';

// Name, document and contact. For a 居民身份证 the birth date and sex are read from the number
// (GB 11643, checked here as the server does) and shown, not typed.
export const ResidentIdentityFields = ({ nameHint }: { nameHint?: string }) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ResidentFormValues>();
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form) ?? '';
  const residentId = idType === 'residentId';
  const parsed = residentId && idNumber ? parseIdNumber(idNumber) : null;

  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item
          name="name"
          label={t('residents.fields.name')}
          extra={nameHint}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('residents.fields.name') }),
            },
          ]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="idType" label={t('residents.fields.idType')} rules={[{ required: true }]}>
          <Select options={idTypes.map((type) => ({ value: type, label: t(`residents.idTypes.${type}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="idNumber"
          label={t('residents.fields.idNumber')}
          normalize={(value: string) => (residentId ? normalizeIdNumber(value) : value)}
          dependencies={['idType']}
          validateFirst
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('residents.fields.idNumber') }),
            },
            {
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                if (!residentId) {
                  return value.trim().length >= 5
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('residents.idTooShort')));
                }
                const result = parseIdNumber(value);
                return result.ok
                  ? Promise.resolve()
                  : Promise.reject(new Error(t(`residents.idProblems.${result.problem}`)));
              },
            },
          ]}
        >
          <Input maxLength={residentId ? 18 : 40} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="mobile"
          label={t('residents.fields.mobile')}
          rules={[{ pattern: mobilePattern, message: t('residents.mobilePattern') }]}
        >
          <Input inputMode="numeric" maxLength={11} autoComplete="off" />
        </Form.Item>
      </Col>
      {residentId ? (
        <Col xs={24}>
          {parsed?.ok ? (
            <Alert
              type="info"
              showIcon
              data-testid="derived-identity"
              style={{ marginBottom: 16 }}
              title={
                <span>
                  {t('residents.derived', {
                    birthDate: parsed.facts.birthDate,
                    sex: t(`residents.sex.${parsed.facts.sex}`),
                    age: ageOn(parsed.facts.birthDate, dayjs().format('YYYY-MM-DD')),
                  })}
                </span>
              }
            />
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginTop: -8, fontSize: 13 }}>
              {t('residents.derivedHint')}
            </Typography.Paragraph>
          )}
        </Col>
      ) : (
        <>
          <Col xs={24} sm={12}>
            <Form.Item
              name="birthDate"
              label={t('residents.fields.birthDate')}
              rules={[
                {
                  required: true,
                  message: t('common.requiredSelect', { field: t('residents.fields.birthDate') }),
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="sex"
              label={t('residents.fields.sex')}
              rules={[
                { required: true, message: t('common.requiredSelect', { field: t('residents.fields.sex') }) },
              ]}
            >
              <Radio.Group
                options={[
                  { value: 'male', label: t('residents.sex.male') },
                  { value: 'female', label: t('residents.sex.female') },
                ]}
              />
            </Form.Item>
          </Col>
        </>
      )}
    </Row>
  );
};
