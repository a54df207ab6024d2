import { unstableSetRender } from 'antd-mobile';
import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// antd-mobile 5 renders Toast and Dialog with ReactDOM.render, which React 19 no longer has:
// give it createRoot (its documented React 19 hook), one root per container.
const roots = new WeakMap<Element | DocumentFragment, Root>();

unstableSetRender((node: ReactElement, container: Element | DocumentFragment) => {
  let root = roots.get(container);
  if (!root) {
    root = createRoot(container);
    roots.set(container, root);
  }
  root.render(node);
  const mounted = root;
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    mounted.unmount();
    roots.delete(container);
  };
});
