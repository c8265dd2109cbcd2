// Errors as Exchange Online's REST transport reports them (rest-protocol.md §1.8): an HTTP status,
// an OData `error` object whose `details[0].message` is "Code|ExceptionClass|Text", and the
// exception class repeated in the `x-ExceptionType` header. Every refusal in the service is one of
// these, so a handler only throws and the edge renders.

export interface ErrorOptions {
  status: number;
  /** OData error code: NotFound, BadRequest, Forbidden, Unauthorized... */
  code: string;
  /** Fully qualified .NET exception class, e.g. Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException. */
  exceptionClass: string;
  message: string;
  /** PowerShell error category number carried in details[0].code when the service knows it. */
  category?: string;
  target?: string;
  /** Extra response headers (WWW-Authenticate on 401). */
  headers?: Record<string, string>;
  /** error.message when it is not the cmdlet-execution wording (the REST surface's "Invalid filter clause"). */
  summary?: string;
}

export class ServiceError extends Error {
  readonly status: number;
  readonly code: string;
  readonly exceptionClass: string;
  readonly category: string;
  readonly target: string;
  readonly headers: Record<string, string>;
  readonly summary: string;

  constructor(o: ErrorOptions) {
    super(o.message);
    this.name = 'ServiceError';
    this.status = o.status;
    this.code = o.code;
    this.exceptionClass = o.exceptionClass;
    this.category = o.category ?? 'Client';
    this.target = o.target ?? '';
    this.headers = o.headers ?? {};
    this.summary = o.summary ?? 'Error executing cmdlet';
  }

  /** The short "Ex" code the service prefixes to the message: fixed for known classes, else derived. */
  get errorCode(): string {
    return KNOWN_CODES[this.exceptionClass] ?? `Ex${hash6(this.exceptionClass)}`;
  }

  toBody(): unknown {
    return {
      error: {
        code: this.code,
        message: this.summary,
        details: [
          { code: this.category, target: this.target, message: `${this.errorCode}|${this.exceptionClass}|${this.message}` },
        ],
        innererror: {
          message: this.summary,
          type: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
          stacktrace: '',
          internalexception: {
            message: this.message,
            type: 'Microsoft.Exchange.Management.PSDirectInvoke.DirectInvokeCmdletExecutionException',
            stacktrace: '',
          },
        },
        'adminapi.warnings@odata.type': '#Collection(String)',
        '@adminapi.warnings': [],
      },
    };
  }
}

const KNOWN_CODES: Record<string, string> = {
  // Seen verbatim in a module error dump (rest-protocol.md §1.8, ERRDUMP).
  'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException': 'Ex6F9304',
};

function hash6(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return (h & 0xffffff).toString(16).toUpperCase().padStart(6, '0');
}

const TASKS = 'Microsoft.Exchange.Configuration.Tasks';
const BINDING = 'System.Management.Automation.ParameterBindingException';

/** The directory server name the service names in not-found messages; a sandbox-flavoured one. */
export function directoryServerOf(tenantKey: string): string {
  const n = [...tenantKey].reduce((a, c) => a + c.charCodeAt(0), 0) % 90 + 10;
  return `SBXPR${n}A001DC01.SBXPRD${n}.PROD.OUTLOOK.COM`;
}

export const errors = {
  notFound(identity: string, server: string): ServiceError {
    return new ServiceError({
      status: 404,
      code: 'NotFound',
      exceptionClass: `${TASKS}.ManagementObjectNotFoundException`,
      message: `The operation couldn't be performed because object '${identity}' couldn't be found on '${server}'.`,
    });
  },
  ambiguous(identity: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: `${TASKS}.ManagementObjectAmbiguousException`,
      message: `The operation couldn't be performed because '${identity}' matches multiple entries.`,
    });
  },
  recipientNotFound(identity: string): ServiceError {
    return new ServiceError({
      status: 404,
      code: 'NotFound',
      exceptionClass: `${TASKS}.ManagementObjectNotFoundException`,
      message: `User or group "${identity}" wasn't found. Please make sure you've typed it correctly.`,
    });
  },
  unknownCmdlet(name: string, status = 400): ServiceError {
    return new ServiceError({
      status,
      code: status === 403 ? 'Forbidden' : 'BadRequest',
      exceptionClass: 'System.Management.Automation.CommandNotFoundException',
      message:
        `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program. ` +
        'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
    });
  },
  parameterNotFound(name: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: BINDING,
      message: `A parameter cannot be found that matches parameter name '${name}'.`,
      target: name,
    });
  },
  parameterValue(name: string, detail: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: BINDING,
      message: `Cannot bind parameter '${name}'. ${detail}`,
      target: name,
    });
  },
  notInSet(name: string, value: string, allowed: readonly string[]): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: 'System.Management.Automation.ParameterBindingValidationException',
      message:
        `Cannot validate argument on parameter '${name}'. The argument "${value}" does not belong to the set ` +
        `"${allowed.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
      target: name,
    });
  },
  missingMandatory(names: readonly string[]): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: BINDING,
      message: `Cannot process command because of one or more missing mandatory parameters: ${names.join(' ')}.`,
    });
  },
  parameterSetUnresolved(): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: BINDING,
      message: 'Parameter set cannot be resolved using the specified named parameters.',
    });
  },
  invalidFilter(message: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: BINDING,
      message,
      target: 'Filter',
    });
  },
  proxyAddressExists(address: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: 'Microsoft.Exchange.Data.Directory.ProxyAddressExistsException',
      message: `The proxy address "SMTP:${address}" is already being used by the proxy addresses or LegacyExchangeDN. Please choose another proxy address.`,
    });
  },
  nameExists(name: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: 'Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException',
      message: `The name "${name}" is already being used. Please try another name.`,
    });
  },
  alreadyPresent(what: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: `${TASKS}.RecipientTaskException`,
      message: what,
    });
  },
  invalidOperation(message: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: `${TASKS}.TaskException`,
      message,
    });
  },
  /**
   * A bad $filter on the Get-EXO* REST endpoints: OData's "Invalid filter clause" (as the REST
   * surface answers), with the OPATH parser's detail and position kept in details[0].
   */
  invalidFilterClause(detail: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      message: detail,
      target: '$filter',
      summary: 'Invalid filter clause',
    });
  },
  badRequest(message: string): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      message,
    });
  },
  invalidPageToken(): ServiceError {
    return new ServiceError({
      status: 400,
      code: 'BadRequest',
      exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      message: 'The skip token in the request is invalid or has expired. Run the command again without it.',
    });
  },
  roleDenied(cmdlet: string): ServiceError {
    // A cmdlet outside the caller's roles is not in the caller's runspace at all, so the service
    // answers as for a cmdlet that does not exist; the status says why.
    return errors.unknownCmdlet(cmdlet, 403);
  },
  parametersDenied(cmdlet: string): ServiceError {
    return new ServiceError({
      status: 403,
      code: 'Forbidden',
      exceptionClass: 'Microsoft.Exchange.Configuration.Authorization.CmdletAccessDeniedException',
      message:
        `Some of the parameters specified with the "${cmdlet}" cmdlet aren't present in the role definition for the current user. ` +
        'Check the management roles assigned to you, and try again.',
    });
  },
  appNotAllowed(cmdlet: string): ServiceError {
    return new ServiceError({
      status: 401,
      code: 'Unauthorized',
      exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      message: `User is not allowed to call ${cmdlet}`,
    });
  },
  tenantNotAllowed(tenant: string): ServiceError {
    return new ServiceError({
      status: 403,
      code: 'Forbidden',
      exceptionClass: 'Microsoft.Exchange.Configuration.Authorization.CmdletAccessDeniedException',
      message: `The user isn't assigned to any management roles in the organization '${tenant}'.`,
    });
  },
  unknownTenant(tenant: string): ServiceError {
    return new ServiceError({
      status: 404,
      code: 'NotFound',
      exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      message: `The tenant '${tenant}' could not be found.`,
    });
  },
  tokenRejected(message: string, wwwAuthenticate: string): ServiceError {
    return new ServiceError({
      status: 401,
      code: 'Unauthorized',
      exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      message,
      headers: { 'WWW-Authenticate': wwwAuthenticate },
    });
  },
};
