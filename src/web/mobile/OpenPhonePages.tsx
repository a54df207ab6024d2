import { useEffect } from 'react';
import { useLocation } from 'react-router';

// /m is a bundle of its own (mobile.html): a link to it from the desk loads that page whole (replacing this
// history entry, so that 返回 from the phone pages does not land here and bounce back).
export const OpenPhonePages = () => {
  const { pathname, search } = useLocation();
  useEffect(() => {
    window.location.replace(`${pathname}${search}`);
  }, [pathname, search]);
  return null;
};
