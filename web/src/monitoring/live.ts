/**
 * Alert changes as they happen, over server-sent events (`event: alert`, `data: <AlertChange>`). The browser's
 * EventSource reconnects by itself and sends `Last-Event-ID`, so changes made while the link was down are
 * replayed by the server when it still has them.
 */
import { useEffect, useRef, useState } from 'react';
import { type AlertChange, STREAM_URL } from './api.ts';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'unsupported';

export function useAlertStream(onChange: (change: AlertChange) => void): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setStatus('unsupported');
      return;
    }
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const s = new EventSource(STREAM_URL);
      source = s;
      s.onopen = () => setStatus('live');
      s.onerror = () => {
        setStatus('reconnecting');
        // EventSource retries by itself unless the server refused the stream; then try again in 10 s.
        if (s.readyState === EventSource.CLOSED) retry = setTimeout(connect, 10_000);
      };
      s.addEventListener('alert', (e) => {
        try {
          handler.current(JSON.parse((e as MessageEvent<string>).data) as AlertChange);
        } catch {
          // A malformed message is skipped; a reload shows the stored state.
        }
      });
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, []);
  return status;
}

export const STATUS_WORDS: Record<StreamStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  unsupported: 'No live updates in this browser',
};
