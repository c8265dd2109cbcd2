// [Environment]: machine, user and process facts scripts read.

import { cpus, EOL, hostname, userInfo } from 'node:os';
import { PSHashtable, PSObject, PSVersion } from '../runtime/values.js';
import { str } from './arguments.js';
import { StaticType } from './member-tables.js';
import { staticMethodError } from './method-errors.js';

export const ENVIRONMENT: StaticType = {
  properties: {
    newline: () => EOL,
    machinename: () => hostname().split('.')[0]!,
    username: () => safeUser(),
    userdomainname: () => hostname().split('.')[0]!,
    processorcount: () => cpus().length,
    currentdirectory: () => process.cwd(),
    is64bitprocess: () => true,
    is64bitoperatingsystem: () => true,
    tickcount: () => Math.floor(performance.now()),
    tickcount64: () => Math.floor(performance.now()),
    osversion: () => PSObject.fromEntries([['Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix'], ['VersionString', `${process.platform} ${process.version}`]]),
    version: () => new PSVersion(8, 0, 0, 0),
    processid: () => process.pid,
    systemdirectory: () => (process.platform === 'win32' ? 'C:\\Windows\\system32' : ''),
  },
  methods: {
    getenvironmentvariable: (a) => process.env[str(a[0])] ?? null,
    getenvironmentvariables: () => {
      const h = new PSHashtable();
      for (const [k, v] of Object.entries(process.env)) h.set(k, v);
      return h;
    },
    getfolderpath: () => '',
    getcommandlineargs: () => process.argv.slice(1),
    exit: () => {
      throw staticMethodError('[Environment]::Exit is not supported by exosh yet; use exit.', 'NotSupportedByExosh', 'NotImplemented');
    },
  },
};

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}
