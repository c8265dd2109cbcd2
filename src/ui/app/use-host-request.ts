// The prompt a running command is waiting on (Read-Host, Get-Credential, -Confirm), if any.
import { useEffect, useState } from 'react';
import type { HostRequest, ReplHost } from './repl-host.js';

/** `beforeShow` runs first when a prompt appears: the output written so far must be on screen above it. */
export function useHostRequest(host: ReplHost, beforeShow?: () => void): HostRequest | undefined {
  const [request, setRequest] = useState<HostRequest | undefined>(host.currentRequest);
  useEffect(() => {
    host.onRequest(() => {
      beforeShow?.();
      setRequest(host.currentRequest);
    });
    setRequest(host.currentRequest);
    return () => host.onRequest(undefined);
  }, [host]);
  return request;
}
