import { useEffect, useState } from 'react';
import { useViewStore } from '../../state/viewStore.ts';

const COPIED_MS = 2000;

/** Copies the page URL (which holds the scenario) to the clipboard. */
export function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async (): Promise<void> => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      useViewStore.getState().showBanner('info', 'Copy this link to share the scenario:', [url]);
    }
  };

  return (
    <button
      type="button"
      className="button"
      data-testid="copy-link"
      title="Copy a link that reproduces this scenario and its run"
      onClick={() => void copy()}
    >
      {copied ? '✓ Copied' : 'Copy link'}
    </button>
  );
}
