// A ledger amount with its sign, green for a credit and red for a debit.
export const LedgerAmount = ({ amount }: { amount: number }) => (
  <span
    style={{
      color: amount > 0 ? '#389e0d' : '#cf1322',
      fontWeight: 600,
      fontVariantNumeric: 'tabular-nums',
      whiteSpace: 'nowrap',
    }}
  >
    {amount > 0 ? `+${amount}` : `−${Math.abs(amount)}`}
  </span>
);
