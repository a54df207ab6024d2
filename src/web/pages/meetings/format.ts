// How meeting times and days read on screen: the product's calendar is Asia/Shanghai.
const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

/** An instant as the value of a `datetime-local` input (the browser's own time zone). */
export const toLocalInput = (iso: string) => {
  const at = new Date(iso);
  const shifted = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
};

/** A `datetime-local` value (the browser's time zone) as an ISO instant. */
export const fromLocalInput = (value: string) => new Date(value).toISOString();
