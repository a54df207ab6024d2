import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { tagColor, tagLabelKey } from './residentTags';

// Target-group tags as Chinese (or English) chips; a dash when there are none.
export const ResidentTagList = ({ tags, empty = '—' }: { tags: string[]; empty?: string }) => {
  const { t } = useTranslation();
  if (tags.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {tags.map((tag) => (
        <Tag key={tag} color={tagColor(tag)} style={{ marginInlineEnd: 0 }}>
          {t(tagLabelKey(tag), { defaultValue: tag })}
        </Tag>
      ))}
    </Space>
  );
};
