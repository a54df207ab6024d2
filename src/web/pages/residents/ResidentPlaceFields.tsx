import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { politicalStatuses, relationsToHead } from '../../../core/residents/contract';
import { compoundOptions } from './compoundOptions';

type Place = { id: string; name: string; kind?: 'compound' | 'apartmentBlock' };

// Registration type, where the resident lives, the household and political status.
export const ResidentPlaceFields = ({ compounds, grids }: { compounds: Place[]; grids: Place[] }) => {
  const { t } = useTranslation();
  const requiredSelect = (field: string) => ({
    required: true,
    message: t('common.requiredSelect', { field }),
  });
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item
          name="hukouType"
          label={t('residents.fields.hukouType')}
          rules={[requiredSelect(t('residents.fields.hukouType'))]}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'hukou', label: t('residents.hukouTypes.hukou') },
              { value: 'migrant', label: t('residents.hukouTypes.migrant') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="householdNo"
          label={t('residents.fields.householdNo')}
          extra={t('residents.householdNoHint')}
        >
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="compoundId"
          label={t('residents.fields.compound')}
          rules={compounds.length > 0 ? [requiredSelect(t('residents.fields.compound'))] : []}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={compoundOptions(compounds, t)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="gridId"
          label={t('residents.fields.grid')}
          rules={grids.length > 0 ? [requiredSelect(t('residents.fields.grid'))] : []}
        >
          <Select allowClear options={grids.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="room" label={t('residents.fields.room')}>
          <Input maxLength={50} placeholder={t('residents.roomPlaceholder')} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="relationToHead" label={t('residents.fields.relationToHead')}>
          <Select
            allowClear
            options={relationsToHead.map((value) => ({ value, label: t(`residents.relations.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="politicalStatus" label={t('residents.fields.politicalStatus')}>
          <Select
            allowClear
            options={politicalStatuses.map((value) => ({
              value,
              label: t(`residents.politicalStatuses.${value}`),
            }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
};
