import { App } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { photoMimeTypes } from '../../../core/activities/photo-limits';
import { useErrorText } from '../../hooks/useErrorText';
import type { ShopItem } from './api';
import { useItemPhoto } from './useShop';

// Choosing, replacing and removing an item's photo from the shelf's row menu: one hidden file input
// serves every row, the row it was opened for kept aside.
export const useItemPhotoActions = () => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const photo = useItemPhoto();
  const input = useRef<HTMLInputElement>(null);
  const target = useRef<ShopItem | null>(null);

  const send = (item: ShopItem, file: File | null) =>
    photo
      .mutateAsync({ id: item.id, file })
      .then(() => void message.success(t(file ? 'shop.photo.saved' : 'shop.photo.removed')))
      .catch((error: unknown) => void message.error(errorText(error)));

  const choose = (item: ShopItem) => {
    target.current = item;
    input.current?.click();
  };
  const remove = (item: ShopItem) =>
    modal.confirm({
      title: t('shop.photo.removeTitle', { name: item.name }),
      okText: t('shop.photo.remove'),
      okButtonProps: { danger: true },
      onOk: () => send(item, null),
    });

  const fileInput = (
    <input
      ref={input}
      type="file"
      accept={photoMimeTypes.join(',')}
      hidden
      data-testid="item-photo-input"
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file && target.current) void send(target.current, file);
      }}
    />
  );
  return { choose, remove, fileInput, pending: photo.isPending };
};
