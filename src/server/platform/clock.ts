/** Time as services see it: one source, so a test or a report can fix "today". */
export type Clock = {
  now(): Date;
  /** Today in Asia/Shanghai as `YYYY-MM-DD`: the product's calendar day. */
  today(): string;
};

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => shanghaiDate.format(new Date()),
};
