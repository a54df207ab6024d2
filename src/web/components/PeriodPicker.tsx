import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../hooks/useIsMobile';
import { PERIOD_PRESETS, periodRange } from './periodPresets';

type Props = ComponentProps<typeof DatePicker.RangePicker>;

// Every period picker (figures, activities, audit, visits): a range with 本月 / 本季度 / 本年 / 上年 one click
// away. On a phone the two months side by side are wider than the screen: beside the quick ranges, the
// months scroll inside what is left.
export const PeriodPicker = (props: Props) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const today = dayjs();
  const presets = PERIOD_PRESETS.map((preset) => ({
    label: t(`common.periods.${preset}`),
    value: periodRange(preset, today),
  }));
  return (
    <DatePicker.RangePicker
      presets={presets}
      panelRender={
        mobile
          ? (panel) => <div style={{ maxWidth: 'calc(100vw - 120px)', overflowX: 'auto' }}>{panel}</div>
          : undefined
      }
      {...props}
    />
  );
};
