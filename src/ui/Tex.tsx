/** KaTeX, loaded with the first equation (its CSS and fonts ship with the app). */
import { useEffect, useRef } from 'react';

let katexPromise: Promise<typeof import('katex')['default']> | null = null;
const loadKatex = () =>
  (katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => m.default));

export function Tex({ children, block = false }: { children: string; block?: boolean }) {
  const el = useRef<HTMLElement>(null);
  useEffect(() => {
    let alive = true;
    void loadKatex().then((katex) => {
      if (alive && el.current) katex.render(children, el.current, { displayMode: block, throwOnError: false });
    });
    return () => {
      alive = false;
    };
  }, [children, block]);
  return block ? <div ref={el as React.RefObject<HTMLDivElement>} className="tex-block">{children}</div> : <span ref={el}>{children}</span>;
}
