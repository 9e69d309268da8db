import { selectBanners, useViewStore } from '../state/viewStore.ts';

const dismiss = (id: number): void => useViewStore.getState().dismissBanner(id);

/** Messages above the workspace (broken links, rejected scenarios, worker failures); each dismissible. */
export function Banner() {
  const banners = useViewStore(selectBanners);
  if (banners.length === 0) return null;
  return (
    <div className="banners">
      {banners.map((b) => (
        <div
          key={b.id}
          className={`banner banner-${b.kind}`}
          role={b.kind === 'error' ? 'alert' : 'status'}
          data-testid="banner"
        >
          <div className="banner-body">
            <strong className="banner-title">{b.title}</strong>
            {b.details.length > 0 && (
              <ul className="banner-details">
                {b.details.map((d, i) => (
                  <li key={i}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="banner-dismiss"
            aria-label="Dismiss message"
            onClick={() => dismiss(b.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
