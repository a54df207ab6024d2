import { GiftOutlined } from '@ant-design/icons';

// The item's photo, or a plain gift mark when it has none.
export const ItemPhoto = ({ url, name, size }: { url: string | null; name: string; size: number }) =>
  url ? (
    <img
      src={url}
      alt={name}
      width={size}
      height={size}
      style={{ objectFit: 'cover', borderRadius: 8, flex: '0 0 auto', display: 'block' }}
    />
  ) : (
    <span
      aria-hidden
      style={{
        width: size,
        height: size,
        borderRadius: 8,
        background: '#fff7e6',
        color: '#fa8c16',
        display: 'grid',
        placeItems: 'center',
        fontSize: size / 2.2,
        flex: '0 0 auto',
      }}
    >
      <GiftOutlined />
    </span>
  );
