// The prompt a running command is waiting on (Read-Host, Get-Credential, -Confirm), if any.
import { useEffect, useState } from 'react';
import type { HostRequest, ReplHost } from './repl-host.js';

export function useHostRequest(host: ReplHost): HostRequest | undefined {
  const [request, setRequest] = useState<HostRequest | undefined>(host.currentRequest);
  useEffect(() => {
    host.onRequest(() => setRequest(host.currentRequest));
    setRequest(host.currentRequest);
    return () => host.onRequest(undefined);
  }, [host]);
  return request;
}
