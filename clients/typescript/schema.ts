/**
 * The ITSM platform API, as TypeScript types: generated from its OpenAPI document by
 * `npm run openapi:client` (openapi-typescript). Do not edit; change the routes instead.
 */
export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in; returns a bearer token. Repeated failures lock the username or the client address for a while (429 with Retry-After)
     * @description Access: public (no token).
     */
    post: operations['postApiAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out: the token stops working
     * @description Access: any signed-in user.
     */
    post: operations['postApiAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The provider's redirect back: checks the answer, signs the user in (created at first sign-in, roles from the group table) and redirects to the login page
     * @description Access: public (no token).
     */
    get: operations['getApiAuthOidcCallback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether sign-in through the company directory is offered, and its button label
     * @description Access: public (no token).
     */
    get: operations['getApiAuthOidcConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/group-roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The table mapping the provider's groups to roles
     * @description Access: roles: admin.
     */
    get: operations['getApiAuthOidcGroupRoles'];
    /**
     * Replaces the table mapping the provider's groups to roles (a role of §0.2 or an assignment group's code); each user's roles follow it at their next sign-in
     * @description Access: roles: admin.
     */
    put: operations['putApiAuthOidcGroupRoles'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The sign-in token of this browser's accepted sign-in through the directory (once, within two minutes): the same answer as POST /api/auth/login
     * @description Access: public (no token).
     */
    post: operations['postApiAuthOidcSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Begins a sign-in through the company directory: redirects to the provider (state, nonce, PKCE S256) and sets a short-lived httpOnly cookie binding it to this browser
     * @description Access: public (no token).
     */
    get: operations['getApiAuthOidcStart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Business calendars (working hours, national days applied, own dates)
     * @description Access: any signed-in user.
     */
    get: operations['getApiCalendars'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One business calendar
     * @description Access: any signed-in user.
     */
    get: operations['getApiCalendarsCode'];
    /**
     * Create or replace a business calendar (validated); recalculates the open SLA clocks
     * @description Access: roles: admin. Each weekday's intervals run forwards (from before to) without overlapping; adjustedWorkdayHoursFrom's weekday has working hours unless businessDayMinutes is given; each own day's date appears once; timeZone is one Node's Intl knows (400 naming the field and the problem).
     */
    put: operations['putApiCalendarsCode'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars/national-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The loaded years of the national holidays and adjusted working days
     * @description Access: any signed-in user.
     */
    get: operations['getApiCalendarsNationalDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars/national-days/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One loaded national year with its dates (404 while the year is missing)
     * @description Access: any signed-in user.
     */
    get: operations['getApiCalendarsNationalDaysYear'];
    /**
     * Load or replace a national year (State Council notice); recalculates the open SLA clocks
     * @description Access: roles: admin. Each date lies in the year of the path and appears once (400 naming the entry).
     */
    put: operations['putApiCalendarsNationalDaysYear'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/configuration-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Configuration items (CMDB picker); ?serviceId=, ?type=, ?q= (number or name)
     * @description Access: any signed-in user.
     */
    get: operations['getApiConfigurationItems'];
    put?: never;
    /**
     * Create a CI; its number (CI-<year>-NNNNNN) is allocated
     * @description Access: roles: admin. serviceId names a known service (400).
     */
    post: operations['postApiConfigurationItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/configuration-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One CI (by id or number) with its service and its last 20 incidents
     * @description Access: any signed-in user.
     */
    get: operations['getApiConfigurationItemsId'];
    /**
     * Change a CI; active=false retires it, active=true puts it back in use
     * @description Access: roles: admin. serviceId names a known service (400).
     */
    put: operations['putApiConfigurationItemsId'];
    post?: never;
    /**
     * Retire a CI (kept for the incidents that name it)
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiConfigurationItemsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customers (picker); ?q= searches code and names
     * @description Access: any signed-in user.
     */
    get: operations['getApiCustomers'];
    put?: never;
    /**
     * Create a customer (409 when the code exists)
     * @description Access: roles: admin. Each of serviceIds names a known service (400 naming the entry); a code already taken answers 409.
     */
    post: operations['postApiCustomers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One customer with its subscribed services
     * @description Access: any signed-in user.
     */
    get: operations['getApiCustomersId'];
    /**
     * Change a customer; serviceIds replaces its subscriptions; active=false deactivates
     * @description Access: roles: admin. Each of serviceIds names a known service (400 naming the entry).
     */
    put: operations['putApiCustomersId'];
    post?: never;
    /**
     * Deactivate a customer (kept for the records that name it)
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiCustomersId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/element-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Camunda 8 element templates for the modeler: one service-task template per job type a worker serves, the external job types included
     * @description Access: any signed-in user.
     */
    get: operations['getApiElementTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/forms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Deployed forms: the latest version of each
     * @description Access: any signed-in user.
     */
    get: operations['getApiForms'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/forms/{formId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The form-js JSON schema of the latest version of a form
     * @description Access: any signed-in user.
     */
    get: operations['getApiFormsFormId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/forms/{formId}/deploy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deploy a new version of a form (form-js JSON body)
     * @description Access: roles: process-owner. The body's id equals the formId of the path.
     */
    post: operations['postApiFormsFormIdDeploy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Assignment groups (queues) with their member counts
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin.
     */
    get: operations['getApiGroups'];
    put?: never;
    /**
     * Create an assignment group (its code is the queue and role; 409 when it exists)
     * @description Access: roles: admin. code is not a role that is not a queue (400: reserved); a code already taken answers 409.
     */
    post: operations['postApiGroups'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One assignment group
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin.
     */
    get: operations['getApiGroupsCode'];
    /**
     * Change an assignment group; active=false deactivates it
     * @description Access: roles: admin.
     */
    put: operations['putApiGroupsCode'];
    post?: never;
    /**
     * Deactivate an assignment group (its members keep the role)
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiGroupsCode'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/groups/{code}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Users of a group (username, displayName): the "users of a group" picker
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin.
     */
    get: operations['getApiGroupsCodeMembers'];
    /**
     * Make exactly these users the members of a group
     * @description Access: roles: admin. Each username names an existing user (400 naming the entry).
     */
    put: operations['putApiGroupsCodeMembers'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health of the platform, the database and the engine
     * @description Access: public (no token).
     */
    get: operations['getApiHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incident-categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Incident categories in tree order (parents first, with depth and parentCode)
     * @description Access: any signed-in user.
     */
    get: operations['getApiIncidentCategories'];
    put?: never;
    /**
     * Create a category, optionally under a parent (409 when the code exists)
     * @description Access: roles: admin. parentCode names an active category (400); a code already taken answers 409.
     */
    post: operations['postApiIncidentCategories'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incident-categories/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One incident category
     * @description Access: any signed-in user.
     */
    get: operations['getApiIncidentCategoriesCode'];
    /**
     * Change a category; active=false deactivates it and its sub-categories
     * @description Access: roles: admin. parentCode names an active category that is not the category itself or below it (400).
     */
    put: operations['putApiIncidentCategoriesCode'];
    post?: never;
    /**
     * Deactivate a category and its sub-categories
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiIncidentCategoriesCode'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Incidents, filtered (customer contacts and requesters see their own)
     * @description Access: any signed-in user.
     */
    get: operations['getApiIncidents'];
    put?: never;
    /**
     * Report an incident: number, priority, SLA clocks and process instance in one transaction
     * @description Access: any signed-in user.
     */
    post: operations['postApiIncidents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One incident (by id or number) with its SLA summary and history
     * @description Access: any signed-in user.
     */
    get: operations['getApiIncidentsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel an open incident with a reason (excluded from the KPIs)
     * @description Access: roles: service-desk-lead, incident-manager.
     */
    post: operations['postApiIncidentsIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/declare-major': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare a major incident while it is being resolved
     * @description Access: roles: service-desk-lead, incident-manager.
     */
    post: operations['postApiIncidentsIdDeclareMajor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate hierarchically to the next level by hand
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, admin.
     */
    post: operations['postApiIncidentsIdEscalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/exempt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exempt an incident from the fault-repair objective (免责)
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin. The setting sla-exemption-policy names the roles that may exempt (403 for the others) and the reasons (400 naming reason); an incident exempted already answers 409.
     */
    post: operations['postApiIncidentsIdExempt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of an incident, newest last
     * @description Access: any signed-in user.
     */
    get: operations['getApiIncidentsIdHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set an incident in progress pending for a customer reason; pauses the resolution clock
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, admin. reason is a code of the setting sla-pause-reasons (400 naming reason); the incident must be in_progress (409).
     */
    post: operations['postApiIncidentsIdPause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/priority': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Raise the priority (upwards only, with a reason); recalculates the SLA clocks
     * @description Access: roles: service-desk-lead, incident-manager.
     */
    post: operations['postApiIncidentsIdPriority'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a pending incident; its due instants move by the paused working minutes
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, admin.
     */
    post: operations['postApiIncidentsIdResume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/sla': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The SLA clocks of an incident and the ledger that explains every minute
     * @description Access: any signed-in user.
     */
    get: operations['getApiIncidentsIdSla'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/job-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every job type a diagram may name: the platform's own (owner platform, retired marked) and the external ones an admin registered (owner external)
     * @description Access: roles: process-owner, admin.
     */
    get: operations['getApiJobTypes'];
    put?: never;
    /**
     * Register an external job type (served by a worker outside the platform) with its input and output JSON Schemas
     * @description Access: roles: admin. type is not one the platform's workers serve nor in the itsm: namespace; input and output are JSON Schemas ajv compiles (400 naming the field); a registered type answers 409.
     */
    post: operations['postApiJobTypes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/job-types/{type}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change an external job type: name, description, schemas, or active (inactive: new diagrams may not use it)
     * @description Access: roles: admin. input and output are JSON Schemas ajv compiles (400 naming the field).
     */
    put: operations['putApiJobTypesType'];
    post?: never;
    /**
     * Remove an external job type; refused (409) while a deployed process version uses it: deactivate it instead
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiJobTypesType'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/known-errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Known errors: filter, search (any language), page and sort
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiKnownErrors'];
    put?: never;
    /**
     * Create a known error
     * @description Access: roles: problem-manager.
     */
    post: operations['postApiKnownErrors'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/known-errors/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One known error with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiKnownErrorsIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/known-errors/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a known error, told in both languages
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiKnownErrorsIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/known-errors/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a known error
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiKnownErrorsIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/known-errors/{idOrNumber}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retire a known error (from active, resolved)
     * @description Access: roles: problem-manager.
     */
    post: operations['postApiKnownErrorsIdOrNumberRetire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/known-errors/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Known errors the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiKnownErrorsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Company objectives (§0.7) for a period, default: this year up to now
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin. from is before to.
     */
    get: operations['getApiKpis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpis/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The company objectives for a period as an XLSX or CSV file in the caller's language
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin. from is before to.
     */
    get: operations['getApiKpisExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpis/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The company objectives (§0.7) month by month (Asia/Shanghai) for a period of at most 36 months
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin. from is before to, and to at most 36 months after from.
     */
    get: operations['getApiKpisSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current user with roles and candidate groups
     * @description Access: any signed-in user.
     */
    get: operations['getApiMe'];
    /**
     * Set the current user's language (users.locale): task names and picker labels follow it
     * @description Access: any signed-in user.
     */
    put: operations['putApiMe'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Problems: filter, search (any language), page and sort
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiProblems'];
    put?: never;
    /**
     * Create a problem and start problem-management
     * @description Access: roles: problem-manager.
     */
    post: operations['postApiProblems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One problem with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiProblemsIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{idOrNumber}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate a problem (from new, investigating, known_error, awaiting_change)
     * @description Access: roles: problem-manager, incident-manager.
     */
    post: operations['postApiProblemsIdOrNumberEscalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a problem, told in both languages
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiProblemsIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a problem
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiProblemsIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Problems the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiProblemsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/process-instances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Process instances, filterable by process, state and record
     * @description Access: roles: process-owner, incident-manager, major-incident-manager, management-representative, top-management, admin.
     */
    get: operations['getApiProcessInstances'];
    put?: never;
    /**
     * Start the latest version of a process
     * @description Access: roles: process-owner, admin.
     */
    post: operations['postApiProcessInstances'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/process-instances/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One instance: elements with states and counts, open incidents, variables
     * @description Access: roles: process-owner, incident-manager, major-incident-manager, management-representative, top-management, admin.
     */
    get: operations['getApiProcessInstancesKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/process-instances/{key}/incidents/{incidentKey}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve an incident: restores the failed job's retries, then resolves
     * @description Access: roles: process-owner, incident-manager, admin.
     */
    post: operations['postApiProcessInstancesKeyIncidentsIncidentKeyResolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/process-instances/{key}/variables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set variables on an active instance's own scope (audited); answers once the instance view shows them
     * @description Access: roles: process-owner, incident-manager, admin.
     */
    put: operations['putApiProcessInstancesKeyVariables'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/process-migrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move running instances to another version: each instance the check lets through is migrated by the engine (audited); each refusal is answered beside its instance
     * @description Access: roles: process-owner, admin. instanceKeys name running instances (404 naming those that are not), all of one version of processId, and that version is sourceVersion when both are given (400 naming instanceKeys); sourceVersion and targetVersion are deployed versions of processId (404).
     */
    post: operations['postApiProcessMigrations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/process-migrations/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check moving running instances to another version: the proposed mapping of active elements and, per instance, why it cannot move (Zeebe 8.5 rules)
     * @description Access: roles: process-owner, admin. instanceKeys name running instances (404 naming those that are not), all of one version of processId, and that version is sourceVersion when both are given (400 naming instanceKeys); sourceVersion and targetVersion are deployed versions of processId (404).
     */
    post: operations['postApiProcessMigrationsCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Deployed processes: the latest version of each, or every version with ?all=true
     * @description Access: any signed-in user.
     */
    get: operations['getApiProcesses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{processId}/deploy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deploy a new version of a process (BPMN XML body); refused with every reason when it cannot run
     * @description Access: roles: process-owner. The body is a BPMN diagram whose executable process has the id of the path and passes the platform's checks (bpmnlint, job types a worker serves, forms it links to deployed): 400 DIAGRAM_INVALID naming every reason; the engine's own refusal is a 400 too.
     */
    post: operations['postApiProcessesProcessIdDeploy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{processId}/deploy-with-forms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deploy a new version of a process together with forms it links to, as one engine deployment; refused with every reason when it cannot run
     * @description Access: roles: process-owner. Each form's schema.id equals its formId, and each formId is sent once (400 naming the form); xml is a BPMN diagram whose executable process has the id of the path and passes the platform's checks, the forms included (400 DIAGRAM_INVALID or FORM_INVALID naming every reason).
     */
    post: operations['postApiProcessesProcessIdDeployWithForms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{processId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every version of a process with its active, completed and incident instance counts
     * @description Access: any signed-in user.
     */
    get: operations['getApiProcessesProcessIdVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/{processId}/xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The BPMN XML of the latest (or ?version=) definition
     * @description Access: any signed-in user.
     */
    get: operations['getApiProcessesProcessIdXml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/processes/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a diagram (BPMN XML body) with exactly the deploy checks, without deploying: the modeler shows an imported diagram's problems
     * @description Access: roles: process-owner.
     */
    post: operations['postApiProcessesCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/record-kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The record kinds the caller may read, with statuses, create schema and commands
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordKinds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/incident': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Incidents: filter, search (any language), page and sort
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsIncident'];
    put?: never;
    /**
     * Create a incident by the rules of /api/incidents (api.md)
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, customer-contact, requester, admin.
     */
    post: operations['postApiRecordsIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/incident/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One incident with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsIncidentIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/incident/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a incident, told in both languages
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsIncidentIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/incident/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a incident
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsIncidentIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/incident/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Incidents the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsIncidentExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/known-error': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Known errors: filter, search (any language), page and sort
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsKnownError'];
    put?: never;
    /**
     * Create a known error
     * @description Access: roles: problem-manager.
     */
    post: operations['postApiRecordsKnownError'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/known-error/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One known error with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsKnownErrorIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/known-error/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a known error, told in both languages
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsKnownErrorIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/known-error/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a known error
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsKnownErrorIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/known-error/{idOrNumber}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retire a known error (from active, resolved)
     * @description Access: roles: problem-manager.
     */
    post: operations['postApiRecordsKnownErrorIdOrNumberRetire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/known-error/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Known errors the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsKnownErrorExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/major-incident': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Major incidents: filter, search (any language), page and sort
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, service-level-manager, process-owner, management-representative, top-management, admin, customer-contact.
     */
    get: operations['getApiRecordsMajorIncident'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/major-incident/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One major incident with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, service-level-manager, process-owner, management-representative, top-management, admin, customer-contact.
     */
    get: operations['getApiRecordsMajorIncidentIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/major-incident/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a major incident, told in both languages
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, service-level-manager, process-owner, management-representative, top-management, admin, customer-contact.
     */
    get: operations['getApiRecordsMajorIncidentIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/major-incident/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a major incident
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, service-level-manager, process-owner, management-representative, top-management, admin, customer-contact.
     */
    get: operations['getApiRecordsMajorIncidentIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/major-incident/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Major incidents the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: roles: service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, service-level-manager, process-owner, management-representative, top-management, admin, customer-contact.
     */
    get: operations['getApiRecordsMajorIncidentExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/problem': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Problems: filter, search (any language), page and sort
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsProblem'];
    put?: never;
    /**
     * Create a problem and start problem-management
     * @description Access: roles: problem-manager.
     */
    post: operations['postApiRecordsProblem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/problem/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One problem with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsProblemIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/problem/{idOrNumber}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate a problem (from new, investigating, known_error, awaiting_change)
     * @description Access: roles: problem-manager, incident-manager.
     */
    post: operations['postApiRecordsProblemIdOrNumberEscalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/problem/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a problem, told in both languages
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsProblemIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/problem/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a problem
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsProblemIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/problem/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Problems the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: roles: problem-manager, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, change-manager, process-owner, management-representative, top-management, auditor, admin.
     */
    get: operations['getApiRecordsProblemExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/security-incident': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Information security incidents: filter, search (any language), page and sort
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiRecordsSecurityIncident'];
    put?: never;
    /**
     * Create a information security incident and start security-incident
     * @description Access: roles: security-officer.
     */
    post: operations['postApiRecordsSecurityIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/security-incident/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One information security incident with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiRecordsSecurityIncidentIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/security-incident/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a information security incident, told in both languages
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiRecordsSecurityIncidentIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/security-incident/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a information security incident
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiRecordsSecurityIncidentIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/security-incident/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Information security incidents the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiRecordsSecurityIncidentExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/service-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Service requests: filter, search (any language), page and sort
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsServiceRequest'];
    put?: never;
    /**
     * Create a service request and start service-request
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, customer-contact, requester, admin.
     */
    post: operations['postApiRecordsServiceRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/service-request/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One service request with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsServiceRequestIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/service-request/{idOrNumber}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a service request (from new, awaiting_approval)
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, customer-contact, requester, admin.
     */
    post: operations['postApiRecordsServiceRequestIdOrNumberCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/service-request/{idOrNumber}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate a service request (from new, awaiting_approval, in_fulfilment, awaiting_change)
     * @description Access: roles: service-desk, service-desk-lead, incident-manager, resolver-lead.
     */
    post: operations['postApiRecordsServiceRequestIdOrNumberEscalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/service-request/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a service request, told in both languages
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsServiceRequestIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/service-request/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a service request
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsServiceRequestIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/service-request/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Service requests the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: any signed-in user.
     */
    get: operations['getApiRecordsServiceRequestExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reference-data/{target}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import customers, services, incident-categories, groups, sla-targets, calendar-days from an XLSX or CSV file (all rows or none); sla-targets upsert by record type, clock, priority, customer and service (open clocks keep their due times, as after PUT /api/sla-targets/:id); calendar-days (?calendar=<code>) upsert that calendar's own days by date and recalculate the open SLA clocks as PUT /api/calendars/:code does
     * @description Access: roles: admin. calendar, the code of an existing calendar, is required for calendar-days and refused for the other targets (400 naming calendar); the file is an XLSX workbook or CSV text whose header row names the target's columns; every row is checked (400 naming row and column) before any is written.
     */
    post: operations['postApiReferenceDataTargetImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/request-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The service request catalogue: active items by code (admins may ask for all)
     * @description Access: any signed-in user.
     */
    get: operations['getApiRequestItems'];
    put?: never;
    /**
     * Add a catalogue item: type, approval policy, fulfilment group, impact and urgency defaults (3/3), fulfilment target override, form, change template, authorised scope
     * @description Access: roles: admin.
     */
    post: operations['postApiRequestItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/request-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One item of the service request catalogue
     * @description Access: any signed-in user.
     */
    get: operations['getApiRequestItemsId'];
    put?: never;
    post?: never;
    /**
     * Deactivate a catalogue item (no longer offered; requests keep it)
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiRequestItemsId'];
    options?: never;
    head?: never;
    /**
     * Change a catalogue item (requests already raised keep what their triage applied)
     * @description Access: roles: admin.
     */
    patch: operations['patchApiRequestItemsId'];
    trace?: never;
  };
  '/api/routing-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Routing rules (category, service, CI type → assignment group), by rank
     * @description Access: roles: admin.
     */
    get: operations['getApiRoutingRules'];
    put?: never;
    /**
     * Create a routing rule (null criteria match anything; lower rank wins a tie)
     * @description Access: roles: admin. categoryCode, serviceId and assignmentGroup name active or known reference data (400 naming the field).
     */
    post: operations['postApiRoutingRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One routing rule
     * @description Access: roles: admin.
     */
    get: operations['getApiRoutingRulesId'];
    /**
     * Change a routing rule; active=false deactivates it
     * @description Access: roles: admin. categoryCode, serviceId and assignmentGroup name active or known reference data (400 naming the field).
     */
    put: operations['putApiRoutingRulesId'];
    post?: never;
    /**
     * Deactivate a routing rule
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiRoutingRulesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security-incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Information security incidents: filter, search (any language), page and sort
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiSecurityIncidents'];
    put?: never;
    /**
     * Create a information security incident and start security-incident
     * @description Access: roles: security-officer.
     */
    post: operations['postApiSecurityIncidents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security-incidents/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One information security incident with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiSecurityIncidentsIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security-incidents/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a information security incident, told in both languages
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiSecurityIncidentsIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security-incidents/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a information security incident
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiSecurityIncidentsIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security-incidents/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Information security incidents the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: roles: security-officer, incident-manager, top-management, management-representative.
     */
    get: operations['getApiSecurityIncidentsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Service requests: filter, search (any language), page and sort
     * @description Access: any signed-in user.
     */
    get: operations['getApiServiceRequests'];
    put?: never;
    /**
     * Create a service request and start service-request
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, customer-contact, requester, admin.
     */
    post: operations['postApiServiceRequests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-requests/{idOrNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One service request with its SLA clocks, links, open tasks, process instances and approvals
     * @description Access: any signed-in user.
     */
    get: operations['getApiServiceRequestsIdOrNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-requests/{idOrNumber}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a service request (from new, awaiting_approval)
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, customer-contact, requester, admin.
     */
    post: operations['postApiServiceRequestsIdOrNumberCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-requests/{idOrNumber}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate a service request (from new, awaiting_approval, in_fulfilment, awaiting_change)
     * @description Access: roles: service-desk, service-desk-lead, incident-manager, resolver-lead.
     */
    post: operations['postApiServiceRequestsIdOrNumberEscalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-requests/{idOrNumber}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The history of a service request, told in both languages
     * @description Access: any signed-in user.
     */
    get: operations['getApiServiceRequestsIdOrNumberHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-requests/{idOrNumber}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records linked to a service request
     * @description Access: any signed-in user.
     */
    get: operations['getApiServiceRequestsIdOrNumberLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-requests/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Service requests the filters select, as an XLSX or CSV file in the caller's language
     * @description Access: any signed-in user.
     */
    get: operations['getApiServiceRequestsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Services of the catalogue (picker); ?customerId= those a customer subscribes to
     * @description Access: any signed-in user.
     */
    get: operations['getApiServices'];
    put?: never;
    /**
     * Create a service (409 when the code exists)
     * @description Access: roles: admin. calendarCode names a known calendar (400); a code already taken answers 409.
     */
    post: operations['postApiServices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One service with its subscribed customers
     * @description Access: any signed-in user.
     */
    get: operations['getApiServicesId'];
    /**
     * Change a service; active=false deactivates
     * @description Access: roles: admin. calendarCode names a known calendar (400).
     */
    put: operations['putApiServicesId'];
    post?: never;
    /**
     * Deactivate a service
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiServicesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A setting (priority-matrix, major-incident-criteria, incident-recurrence, security-priority-floor, incident-business-days, incident-escalation, sla-pause-reasons, sla-exemption-policy, …)
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin.
     */
    get: operations['getApiSettingsKey'];
    /**
     * Set a setting; priority-matrix, major-incident-criteria and the incident settings are checked for shape
     * @description Access: roles: admin. The value of a known setting (priority-matrix, major-incident-criteria, the incident, SLA and security settings) has that setting's shape (400 naming the cell).
     */
    put: operations['putApiSettingsKey'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla-targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * SLA targets (§0.6 defaults and customer/service overrides)
     * @description Access: any signed-in user.
     */
    get: operations['getApiSlaTargets'];
    put?: never;
    /**
     * Add a target row, e.g. a customer or service override (409 when an active row has the same key)
     * @description Access: roles: admin. thresholds ascend and the last is 100; customerId, serviceId and calendar name a known customer, service and calendar (400 naming the field); an active row with the same record type, clock, priority, customer and service answers 409. (Which clockType each recordType has, the schema states.)
     */
    post: operations['postApiSlaTargets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla-targets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One SLA target
     * @description Access: any signed-in user.
     */
    get: operations['getApiSlaTargetsId'];
    /**
     * Change the duration, calendar or thresholds of a target; active=false deactivates
     * @description Access: roles: admin. thresholds ascend and the last is 100; calendar names a known calendar (400 naming the field); active=true answers 409 while another active row has the same key.
     */
    put: operations['putApiSlaTargetsId'];
    post?: never;
    /**
     * Deactivate an SLA target row
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiSlaTargetsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * SLA compliance of incidents by priority and clock type: clocks stopped in the period (default: this year up to now) and open clocks already breached
     * @description Access: roles: top-management, management-representative, sms-office, document-controller, process-owner, service-desk, service-desk-lead, resolver-l2, resolver-l3, resolver-lead, incident-manager, major-incident-manager, problem-manager, change-manager, cab, ecab, release-manager, test-team, configuration-manager, capacity-manager, availability-manager, security-officer, service-level-manager, service-owner, relationship-manager, sales, supplier-manager, finance, department-head, auditor, hr-training, admin.
     */
    get: operations['getApiSlaCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tasks of the caller's queues; `name` in the caller's language (users.locale), `names` in every language
     * @description Access: any signed-in user.
     */
    get: operations['getApiTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A task with its form (form-js JSON) and the variables the form shows, picker options included; `name` in the caller's language, `names` in every language
     * @description Access: any signed-in user.
     */
    get: operations['getApiTasksId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Claim a task (409 if someone else holds it); also sets the record's and the instance's assignee
     * @description Access: any signed-in user.
     */
    post: operations['postApiTasksIdClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a claimed task with its form data (validated against the form); the data goes to the record's history
     * @description Access: any signed-in user. data satisfies the task's form (400 naming each field, unknown fields included; a task without a form takes no data); the task must be claimed by the caller and open (409).
     */
    post: operations['postApiTasksIdComplete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/unclaim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a claimed task back to its queue; clears the record's and the instance's assignee
     * @description Access: any signed-in user.
     */
    post: operations['postApiTasksIdUnclaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/queues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's queues with their open task counts
     * @description Access: any signed-in user.
     */
    get: operations['getApiTasksQueues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{username}/identities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Links a user to a provider identity (issuer, subject): sign-in through the directory with it is then that user. Resolves a clash with a local user (the refused sign-in shows the subject); the issuer defaults to OIDC_ISSUER
     * @description Access: roles: admin. issuer may be left out only while the platform has a directory (OIDC_ISSUER): without one, 400 naming issuer. An identity linked already answers 409.
     */
    post: operations['postApiUsersUsernameIdentities'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The webhook subscriptions (without their secrets)
     * @description Access: roles: admin.
     */
    get: operations['getApiWebhooks'];
    put?: never;
    /**
     * Subscribe an http(s) URL to events (record.created, record.status-changed, task.created, task.completed, sla.threshold-reached, sla.breached, process.incident-raised); the answer shows the signing secret once
     * @description Access: roles: admin.
     */
    post: operations['postApiWebhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One webhook subscription (without its secret)
     * @description Access: roles: admin.
     */
    get: operations['getApiWebhooksId'];
    put?: never;
    post?: never;
    /**
     * Delete a subscription with its deliveries and their log
     * @description Access: roles: admin.
     */
    delete: operations['deleteApiWebhooksId'];
    options?: never;
    head?: never;
    /**
     * Change the URL, description, events or enabled flag of a subscription
     * @description Access: roles: admin.
     */
    patch: operations['patchApiWebhooksId'];
    trace?: never;
  };
  '/api/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The delivery log of a subscription: the latest deliveries, newest first, each with its attempts
     * @description Access: roles: admin.
     */
    get: operations['getApiWebhooksIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the signing secret; the answer shows the new one once. For graceHours (default 24, 0 to stop at once) X-Itsm-Signature carries the old secret's signature too: sha256=<new>,sha256=<old>
     * @description Access: roles: admin.
     */
    post: operations['postApiWebhooksIdRotateSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Queue a webhook.test delivery to the subscription, due now; the worker process sends it like any other (see its deliveries)
     * @description Access: roles: admin.
     */
    post: operations['postApiWebhooksIdTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/workers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The job types the workers serve, with their JSON Schemas
     * @description Access: any signed-in user.
     */
    get: operations['getApiWorkers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/workers/unserved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Job types that a deployed process version uses and no worker serves, with its running instances
     * @description Access: roles: process-owner, admin.
     */
    get: operations['getApiWorkersUnserved'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Deployed: {
      key: string;
      processId: string;
      version: number;
    };
    DeployedForm: {
      formId: string;
      key: string;
      version: number;
    };
    Error: {
      error: {
        code: string;
        details: unknown[];
        message: string;
      };
    };
    HistoryEntry: {
      action: string;
      actor: string;
      at: string;
      details?: unknown;
    };
    Incident: {
      assignee: string | null;
      assignmentGroup: string;
      cancelledAt: string | null;
      category: string | null;
      channel: string;
      ciIds: string[];
      closedAt: string | null;
      createdAt: string;
      createdBy: string;
      customerId: string | null;
      description: string | null;
      escalationLevel: string;
      exempt: boolean;
      exemptReason: string | null;
      functionalLevel: string;
      id: string;
      impact: number;
      major: boolean;
      number: string;
      priority: string;
      processInstanceKey: string | null;
      rating: number | null;
      reopenCount: number;
      reporter: {
        contact: string | null;
        name: string;
      };
      resolution: string | null;
      resolutionCode: string | null;
      security: boolean;
      serviceId: string | null;
      sla: {
        breached: {
          resolution: boolean;
          response: boolean;
        };
        calendarIncomplete: boolean;
        paused: boolean;
        resolutionDueAt: string | null;
        resolvedAt: string | null;
        respondedAt: string | null;
        responseDueAt: string | null;
      };
      status: string;
      title: string;
      type: string | null;
      urgency: number;
    };
    Instance: components['schemas']['InstanceSummary'] & {
      definitionKey: string;
      elements: {
        count: number;
        elementId: string;
        state: string;
      }[];
      incidents: {
        /** Format: date-time */
        createdAt: string;
        elementId: string;
        jobKey?: string;
        key: string;
        message: string;
        type: string;
      }[];
      variables: Record<string, unknown>;
    };
    InstanceSummary: {
      /** Format: date-time */
      endedAt?: string;
      key: string;
      /** Format: date-time */
      migratedAt?: string;
      processId: string;
      record?: {
        number: string;
        type: string;
      };
      /** Format: date-time */
      startedAt: string;
      /** @enum {string} */
      state: 'active' | 'completed' | 'canceled' | 'incident';
      version: number;
    };
    KpiValue: {
      actual: number | null;
      /** @enum {string} */
      comparator: '>=' | '<=' | '=';
      denominator: number;
      id: string;
      labels?: {
        en?: string;
        'zh-CN'?: string;
      };
      met: boolean | null;
      note?: string;
      numerator: number;
      target: number;
    };
    ProcessVersion: {
      /** Format: date-time */
      deployedAt: string;
      key: string;
      name?: string;
      processId: string;
      version: number;
    };
    RecordRef: {
      number: string;
      type: string;
    };
    Task: {
      assignee?: string | null;
      candidateGroups: string[];
      /** Format: date-time */
      createdAt: string;
      dueAt?: string | null;
      elementId: string;
      formId?: string | null;
      id: string;
      name: string;
      names: {
        en: string;
        'zh-CN': string;
      };
      processId: string;
      processInstanceKey: string;
      record?: {
        number: string;
        type: string;
      } | null;
      sla?: {
        clockType: string;
        dueAt: string;
        /** @enum {string} */
        level: 'ok' | 'amber' | 'red';
        percent: number;
        remainingMinutes: number;
        state: string;
      } | null;
      /** @enum {string} */
      state: 'open' | 'completed' | 'canceled';
    };
    TaskDetail: components['schemas']['Task'] & {
      form: Record<string, unknown> | null;
      variables: Record<string, unknown>;
    };
    TaskSla: {
      clockType: string;
      dueAt: string;
      /** @enum {string} */
      level: 'ok' | 'amber' | 'red';
      percent: number;
      remainingMinutes: number;
      state: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  postApiAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          username: string;
        };
      };
    };
    responses: {
      /** @description { token, expiresAt, user } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            expiresAt: string;
            token: string;
            user: {
              displayName: string;
              locale: string;
              roles: string[];
              username: string;
            };
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Wrong username or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many failed sign-ins for the username or the address (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAuthOidcCallback: {
    parameters: {
      query?: {
        code?: string;
        error?: string;
        error_description?: string;
        iss?: string;
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Redirect to the login page: ?oidc=signed-in (then POST /api/auth/oidc/session) or ?oidc-error=expired|provider-error|failed|no-username|clash|unmapped|inactive|disabled (clash also names the subject an admin links) */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAuthOidcConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { enabled, label? } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            enabled: boolean;
            label?: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAuthOidcGroupRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ group, roles }], roles: the role ids of §0.2 } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              group: string;
              roles: string[];
            }[];
            roles: string[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiAuthOidcGroupRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            group: string;
            roles: string[];
          }[];
        };
      };
    };
    responses: {
      /** @description { items: [{ group, roles }] } as stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              group: string;
              roles: string[];
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthOidcSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, unknown>;
      };
    };
    responses: {
      /** @description { token, expiresAt, user } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            expiresAt: string;
            token: string;
            user: {
              displayName: string;
              locale: string;
              roles: string[];
              username: string;
            };
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No accepted sign-in is waiting for this browser, or its user is gone */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAuthOidcStart: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Redirect to the provider; when sign-in through the directory is off or the provider cannot be reached, to the login page with ?oidc-error=disabled|unavailable */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiCalendars: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              adjustedWorkdayHoursFrom?: string;
              appliesNationalDays: boolean;
              businessDayMinutes?: number;
              code: string;
              nameEn: string;
              nameZh: string;
              ownDays?: {
                date: string;
                kind: string;
                nameEn?: string;
                nameZh?: string;
                source?: string;
              }[];
              timeZone: string;
              workingHours: Record<string, unknown>;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiCalendarsCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The calendar definition */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            adjustedWorkdayHoursFrom?: string;
            appliesNationalDays: boolean;
            businessDayMinutes?: number;
            code: string;
            nameEn: string;
            nameZh: string;
            ownDays?: {
              date: string;
              kind: string;
              nameEn?: string;
              nameZh?: string;
              source?: string;
            }[];
            timeZone: string;
            workingHours: Record<string, unknown>;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiCalendarsCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          adjustedWorkdayHoursFrom?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
          appliesNationalDays: boolean;
          businessDayMinutes?: number | null;
          nameEn: string;
          nameZh: string;
          ownDays?: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: 'holiday' | 'adjusted_workday';
            nameEn: string;
            nameZh: string;
            source?: string;
          }[];
          /**
           * @description An IANA time zone, e.g. Asia/Shanghai
           * @enum {string}
           */
          timeZone:
            | 'UTC'
            | 'Africa/Abidjan'
            | 'Africa/Accra'
            | 'Africa/Addis_Ababa'
            | 'Africa/Algiers'
            | 'Africa/Asmera'
            | 'Africa/Bamako'
            | 'Africa/Bangui'
            | 'Africa/Banjul'
            | 'Africa/Bissau'
            | 'Africa/Blantyre'
            | 'Africa/Brazzaville'
            | 'Africa/Bujumbura'
            | 'Africa/Cairo'
            | 'Africa/Casablanca'
            | 'Africa/Ceuta'
            | 'Africa/Conakry'
            | 'Africa/Dakar'
            | 'Africa/Dar_es_Salaam'
            | 'Africa/Djibouti'
            | 'Africa/Douala'
            | 'Africa/El_Aaiun'
            | 'Africa/Freetown'
            | 'Africa/Gaborone'
            | 'Africa/Harare'
            | 'Africa/Johannesburg'
            | 'Africa/Juba'
            | 'Africa/Kampala'
            | 'Africa/Khartoum'
            | 'Africa/Kigali'
            | 'Africa/Kinshasa'
            | 'Africa/Lagos'
            | 'Africa/Libreville'
            | 'Africa/Lome'
            | 'Africa/Luanda'
            | 'Africa/Lubumbashi'
            | 'Africa/Lusaka'
            | 'Africa/Malabo'
            | 'Africa/Maputo'
            | 'Africa/Maseru'
            | 'Africa/Mbabane'
            | 'Africa/Mogadishu'
            | 'Africa/Monrovia'
            | 'Africa/Nairobi'
            | 'Africa/Ndjamena'
            | 'Africa/Niamey'
            | 'Africa/Nouakchott'
            | 'Africa/Ouagadougou'
            | 'Africa/Porto-Novo'
            | 'Africa/Sao_Tome'
            | 'Africa/Tripoli'
            | 'Africa/Tunis'
            | 'Africa/Windhoek'
            | 'America/Adak'
            | 'America/Anchorage'
            | 'America/Anguilla'
            | 'America/Antigua'
            | 'America/Araguaina'
            | 'America/Argentina/La_Rioja'
            | 'America/Argentina/Rio_Gallegos'
            | 'America/Argentina/Salta'
            | 'America/Argentina/San_Juan'
            | 'America/Argentina/San_Luis'
            | 'America/Argentina/Tucuman'
            | 'America/Argentina/Ushuaia'
            | 'America/Aruba'
            | 'America/Asuncion'
            | 'America/Bahia'
            | 'America/Bahia_Banderas'
            | 'America/Barbados'
            | 'America/Belem'
            | 'America/Belize'
            | 'America/Blanc-Sablon'
            | 'America/Boa_Vista'
            | 'America/Bogota'
            | 'America/Boise'
            | 'America/Buenos_Aires'
            | 'America/Cambridge_Bay'
            | 'America/Campo_Grande'
            | 'America/Cancun'
            | 'America/Caracas'
            | 'America/Catamarca'
            | 'America/Cayenne'
            | 'America/Cayman'
            | 'America/Chicago'
            | 'America/Chihuahua'
            | 'America/Ciudad_Juarez'
            | 'America/Coral_Harbour'
            | 'America/Cordoba'
            | 'America/Costa_Rica'
            | 'America/Coyhaique'
            | 'America/Creston'
            | 'America/Cuiaba'
            | 'America/Curacao'
            | 'America/Danmarkshavn'
            | 'America/Dawson'
            | 'America/Dawson_Creek'
            | 'America/Denver'
            | 'America/Detroit'
            | 'America/Dominica'
            | 'America/Edmonton'
            | 'America/Eirunepe'
            | 'America/El_Salvador'
            | 'America/Fort_Nelson'
            | 'America/Fortaleza'
            | 'America/Glace_Bay'
            | 'America/Godthab'
            | 'America/Goose_Bay'
            | 'America/Grand_Turk'
            | 'America/Grenada'
            | 'America/Guadeloupe'
            | 'America/Guatemala'
            | 'America/Guayaquil'
            | 'America/Guyana'
            | 'America/Halifax'
            | 'America/Havana'
            | 'America/Hermosillo'
            | 'America/Indiana/Knox'
            | 'America/Indiana/Marengo'
            | 'America/Indiana/Petersburg'
            | 'America/Indiana/Tell_City'
            | 'America/Indiana/Vevay'
            | 'America/Indiana/Vincennes'
            | 'America/Indiana/Winamac'
            | 'America/Indianapolis'
            | 'America/Inuvik'
            | 'America/Iqaluit'
            | 'America/Jamaica'
            | 'America/Jujuy'
            | 'America/Juneau'
            | 'America/Kentucky/Monticello'
            | 'America/Kralendijk'
            | 'America/La_Paz'
            | 'America/Lima'
            | 'America/Los_Angeles'
            | 'America/Louisville'
            | 'America/Lower_Princes'
            | 'America/Maceio'
            | 'America/Managua'
            | 'America/Manaus'
            | 'America/Marigot'
            | 'America/Martinique'
            | 'America/Matamoros'
            | 'America/Mazatlan'
            | 'America/Mendoza'
            | 'America/Menominee'
            | 'America/Merida'
            | 'America/Metlakatla'
            | 'America/Mexico_City'
            | 'America/Miquelon'
            | 'America/Moncton'
            | 'America/Monterrey'
            | 'America/Montevideo'
            | 'America/Montserrat'
            | 'America/Nassau'
            | 'America/New_York'
            | 'America/Nome'
            | 'America/Noronha'
            | 'America/North_Dakota/Beulah'
            | 'America/North_Dakota/Center'
            | 'America/North_Dakota/New_Salem'
            | 'America/Ojinaga'
            | 'America/Panama'
            | 'America/Paramaribo'
            | 'America/Phoenix'
            | 'America/Port-au-Prince'
            | 'America/Port_of_Spain'
            | 'America/Porto_Velho'
            | 'America/Puerto_Rico'
            | 'America/Punta_Arenas'
            | 'America/Rankin_Inlet'
            | 'America/Recife'
            | 'America/Regina'
            | 'America/Resolute'
            | 'America/Rio_Branco'
            | 'America/Santarem'
            | 'America/Santiago'
            | 'America/Santo_Domingo'
            | 'America/Sao_Paulo'
            | 'America/Scoresbysund'
            | 'America/Sitka'
            | 'America/St_Barthelemy'
            | 'America/St_Johns'
            | 'America/St_Kitts'
            | 'America/St_Lucia'
            | 'America/St_Thomas'
            | 'America/St_Vincent'
            | 'America/Swift_Current'
            | 'America/Tegucigalpa'
            | 'America/Thule'
            | 'America/Tijuana'
            | 'America/Toronto'
            | 'America/Tortola'
            | 'America/Vancouver'
            | 'America/Whitehorse'
            | 'America/Winnipeg'
            | 'America/Yakutat'
            | 'Antarctica/Casey'
            | 'Antarctica/Davis'
            | 'Antarctica/DumontDUrville'
            | 'Antarctica/Macquarie'
            | 'Antarctica/Mawson'
            | 'Antarctica/McMurdo'
            | 'Antarctica/Palmer'
            | 'Antarctica/Rothera'
            | 'Antarctica/Syowa'
            | 'Antarctica/Troll'
            | 'Antarctica/Vostok'
            | 'Arctic/Longyearbyen'
            | 'Asia/Aden'
            | 'Asia/Almaty'
            | 'Asia/Amman'
            | 'Asia/Anadyr'
            | 'Asia/Aqtau'
            | 'Asia/Aqtobe'
            | 'Asia/Ashgabat'
            | 'Asia/Atyrau'
            | 'Asia/Baghdad'
            | 'Asia/Bahrain'
            | 'Asia/Baku'
            | 'Asia/Bangkok'
            | 'Asia/Barnaul'
            | 'Asia/Beirut'
            | 'Asia/Bishkek'
            | 'Asia/Brunei'
            | 'Asia/Calcutta'
            | 'Asia/Chita'
            | 'Asia/Colombo'
            | 'Asia/Damascus'
            | 'Asia/Dhaka'
            | 'Asia/Dili'
            | 'Asia/Dubai'
            | 'Asia/Dushanbe'
            | 'Asia/Famagusta'
            | 'Asia/Gaza'
            | 'Asia/Hebron'
            | 'Asia/Hong_Kong'
            | 'Asia/Hovd'
            | 'Asia/Irkutsk'
            | 'Asia/Jakarta'
            | 'Asia/Jayapura'
            | 'Asia/Jerusalem'
            | 'Asia/Kabul'
            | 'Asia/Kamchatka'
            | 'Asia/Karachi'
            | 'Asia/Katmandu'
            | 'Asia/Khandyga'
            | 'Asia/Krasnoyarsk'
            | 'Asia/Kuala_Lumpur'
            | 'Asia/Kuching'
            | 'Asia/Kuwait'
            | 'Asia/Macau'
            | 'Asia/Magadan'
            | 'Asia/Makassar'
            | 'Asia/Manila'
            | 'Asia/Muscat'
            | 'Asia/Nicosia'
            | 'Asia/Novokuznetsk'
            | 'Asia/Novosibirsk'
            | 'Asia/Omsk'
            | 'Asia/Oral'
            | 'Asia/Phnom_Penh'
            | 'Asia/Pontianak'
            | 'Asia/Pyongyang'
            | 'Asia/Qatar'
            | 'Asia/Qostanay'
            | 'Asia/Qyzylorda'
            | 'Asia/Rangoon'
            | 'Asia/Riyadh'
            | 'Asia/Saigon'
            | 'Asia/Sakhalin'
            | 'Asia/Samarkand'
            | 'Asia/Seoul'
            | 'Asia/Shanghai'
            | 'Asia/Singapore'
            | 'Asia/Srednekolymsk'
            | 'Asia/Taipei'
            | 'Asia/Tashkent'
            | 'Asia/Tbilisi'
            | 'Asia/Tehran'
            | 'Asia/Thimphu'
            | 'Asia/Tokyo'
            | 'Asia/Tomsk'
            | 'Asia/Ulaanbaatar'
            | 'Asia/Urumqi'
            | 'Asia/Ust-Nera'
            | 'Asia/Vientiane'
            | 'Asia/Vladivostok'
            | 'Asia/Yakutsk'
            | 'Asia/Yekaterinburg'
            | 'Asia/Yerevan'
            | 'Atlantic/Azores'
            | 'Atlantic/Bermuda'
            | 'Atlantic/Canary'
            | 'Atlantic/Cape_Verde'
            | 'Atlantic/Faeroe'
            | 'Atlantic/Madeira'
            | 'Atlantic/Reykjavik'
            | 'Atlantic/South_Georgia'
            | 'Atlantic/St_Helena'
            | 'Atlantic/Stanley'
            | 'Australia/Adelaide'
            | 'Australia/Brisbane'
            | 'Australia/Broken_Hill'
            | 'Australia/Darwin'
            | 'Australia/Eucla'
            | 'Australia/Hobart'
            | 'Australia/Lindeman'
            | 'Australia/Lord_Howe'
            | 'Australia/Melbourne'
            | 'Australia/Perth'
            | 'Australia/Sydney'
            | 'Europe/Amsterdam'
            | 'Europe/Andorra'
            | 'Europe/Astrakhan'
            | 'Europe/Athens'
            | 'Europe/Belgrade'
            | 'Europe/Berlin'
            | 'Europe/Bratislava'
            | 'Europe/Brussels'
            | 'Europe/Bucharest'
            | 'Europe/Budapest'
            | 'Europe/Busingen'
            | 'Europe/Chisinau'
            | 'Europe/Copenhagen'
            | 'Europe/Dublin'
            | 'Europe/Gibraltar'
            | 'Europe/Guernsey'
            | 'Europe/Helsinki'
            | 'Europe/Isle_of_Man'
            | 'Europe/Istanbul'
            | 'Europe/Jersey'
            | 'Europe/Kaliningrad'
            | 'Europe/Kiev'
            | 'Europe/Kirov'
            | 'Europe/Lisbon'
            | 'Europe/Ljubljana'
            | 'Europe/London'
            | 'Europe/Luxembourg'
            | 'Europe/Madrid'
            | 'Europe/Malta'
            | 'Europe/Mariehamn'
            | 'Europe/Minsk'
            | 'Europe/Monaco'
            | 'Europe/Moscow'
            | 'Europe/Oslo'
            | 'Europe/Paris'
            | 'Europe/Podgorica'
            | 'Europe/Prague'
            | 'Europe/Riga'
            | 'Europe/Rome'
            | 'Europe/Samara'
            | 'Europe/San_Marino'
            | 'Europe/Sarajevo'
            | 'Europe/Saratov'
            | 'Europe/Simferopol'
            | 'Europe/Skopje'
            | 'Europe/Sofia'
            | 'Europe/Stockholm'
            | 'Europe/Tallinn'
            | 'Europe/Tirane'
            | 'Europe/Ulyanovsk'
            | 'Europe/Vaduz'
            | 'Europe/Vatican'
            | 'Europe/Vienna'
            | 'Europe/Vilnius'
            | 'Europe/Volgograd'
            | 'Europe/Warsaw'
            | 'Europe/Zagreb'
            | 'Europe/Zurich'
            | 'Indian/Antananarivo'
            | 'Indian/Chagos'
            | 'Indian/Christmas'
            | 'Indian/Cocos'
            | 'Indian/Comoro'
            | 'Indian/Kerguelen'
            | 'Indian/Mahe'
            | 'Indian/Maldives'
            | 'Indian/Mauritius'
            | 'Indian/Mayotte'
            | 'Indian/Reunion'
            | 'Pacific/Apia'
            | 'Pacific/Auckland'
            | 'Pacific/Bougainville'
            | 'Pacific/Chatham'
            | 'Pacific/Easter'
            | 'Pacific/Efate'
            | 'Pacific/Enderbury'
            | 'Pacific/Fakaofo'
            | 'Pacific/Fiji'
            | 'Pacific/Funafuti'
            | 'Pacific/Galapagos'
            | 'Pacific/Gambier'
            | 'Pacific/Guadalcanal'
            | 'Pacific/Guam'
            | 'Pacific/Honolulu'
            | 'Pacific/Kiritimati'
            | 'Pacific/Kosrae'
            | 'Pacific/Kwajalein'
            | 'Pacific/Majuro'
            | 'Pacific/Marquesas'
            | 'Pacific/Midway'
            | 'Pacific/Nauru'
            | 'Pacific/Niue'
            | 'Pacific/Norfolk'
            | 'Pacific/Noumea'
            | 'Pacific/Pago_Pago'
            | 'Pacific/Palau'
            | 'Pacific/Pitcairn'
            | 'Pacific/Ponape'
            | 'Pacific/Port_Moresby'
            | 'Pacific/Rarotonga'
            | 'Pacific/Saipan'
            | 'Pacific/Tahiti'
            | 'Pacific/Tarawa'
            | 'Pacific/Tongatapu'
            | 'Pacific/Truk'
            | 'Pacific/Wake'
            | 'Pacific/Wallis';
          workingHours: {
            fri: {
              from: string;
              to: string;
            }[];
            mon: {
              from: string;
              to: string;
            }[];
            sat: {
              from: string;
              to: string;
            }[];
            sun: {
              from: string;
              to: string;
            }[];
            thu: {
              from: string;
              to: string;
            }[];
            tue: {
              from: string;
              to: string;
            }[];
            wed: {
              from: string;
              to: string;
            }[];
          } & (
            | {
                mon: unknown;
              }
            | {
                tue: unknown;
              }
            | {
                wed: unknown;
              }
            | {
                thu: unknown;
              }
            | {
                fri: unknown;
              }
            | {
                sat: unknown;
              }
            | {
                sun: unknown;
              }
          );
        };
      };
    };
    responses: {
      /** @description { calendar, created, recalculatedClocks } (201 when created) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calendar: {
              adjustedWorkdayHoursFrom?: string;
              appliesNationalDays: boolean;
              businessDayMinutes?: number;
              code: string;
              nameEn: string;
              nameZh: string;
              ownDays?: {
                date: string;
                kind: string;
                nameEn?: string;
                nameZh?: string;
                source?: string;
              }[];
              timeZone: string;
              workingHours: Record<string, unknown>;
            };
            created: boolean;
            recalculatedClocks: number;
          };
        };
      };
      /** @description The calendar was created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calendar: {
              adjustedWorkdayHoursFrom?: string;
              appliesNationalDays: boolean;
              businessDayMinutes?: number;
              code: string;
              nameEn: string;
              nameZh: string;
              ownDays?: {
                date: string;
                kind: string;
                nameEn?: string;
                nameZh?: string;
                source?: string;
              }[];
              timeZone: string;
              workingHours: Record<string, unknown>;
            };
            created: boolean;
            recalculatedClocks: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiCalendarsNationalDays: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ year, source, loadedAt, loadedBy, dayCount }], total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              dayCount: number;
              loadedAt: string;
              loadedBy: string | null;
              source: string;
              year: number;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiCalendarsNationalDaysYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { year, source, loadedAt, loadedBy, days } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            days: {
              date: string;
              kind: string;
              nameEn?: string;
              nameZh?: string;
              source?: string;
            }[];
            loadedAt?: string;
            loadedBy?: string | null;
            source: string;
            year: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiCalendarsNationalDaysYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          days: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: 'holiday' | 'adjusted_workday';
            nameEn: string;
            nameZh: string;
          }[];
          source: string;
        };
      };
    };
    responses: {
      /** @description { year, source, days, recalculatedClocks } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            days: {
              date: string;
              kind: string;
              nameEn?: string;
              nameZh?: string;
              source?: string;
            }[];
            recalculatedClocks: number;
            source: string;
            year: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiConfigurationItems: {
    parameters: {
      query?: {
        includeInactive?: boolean;
        limit?: number;
        offset?: number;
        q?: string;
        serviceId?: string;
        type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              id: string;
              name: string;
              number: string;
              serviceId: string | null;
              status: string;
              type: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiConfigurationItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: uuid */
          serviceId?: string | null;
          type: string;
        };
      };
    };
    responses: {
      /** @description The CI */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            id: string;
            name: string;
            number: string;
            serviceId: string | null;
            status: string;
            type: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiConfigurationItemsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CI with service and recentIncidents [{ number, title, status, createdAt }] */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            id: string;
            name: string;
            number: string;
            serviceId: string | null;
            status: string;
            type: string;
          } & {
            recentIncidents: {
              /** Format: date-time */
              createdAt: string;
              number: string;
              status: string;
              title: string;
            }[];
            service: {
              code: string;
              id: string;
              nameEn: string;
              nameZh: string;
            } | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiConfigurationItemsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          name?: string;
          /** Format: uuid */
          serviceId?: string | null;
          type?: string;
        };
      };
    };
    responses: {
      /** @description The CI */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            id: string;
            name: string;
            number: string;
            serviceId: string | null;
            status: string;
            type: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiConfigurationItemsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The retired CI */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            id: string;
            name: string;
            number: string;
            serviceId: string | null;
            status: string;
            type: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiCustomers: {
    parameters: {
      query?: {
        includeInactive?: boolean;
        limit?: number;
        offset?: number;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              code: string;
              contactEmail: string | null;
              id: string;
              majorIncidentCriteria: unknown;
              nameEn: string;
              nameZh: string;
              relationshipManager: string | null;
              serviceIds: string[];
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiCustomers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          /** Format: email */
          contactEmail?: string | null;
          majorIncidentCriteria?: {
            confirmedDataBreach: boolean;
            criticalServiceDown: boolean;
            minCustomersAffected: number | null;
            priorities: ('P1' | 'P2' | 'P3' | 'P4')[];
            restorationBeyondTarget: boolean;
          } | null;
          nameEn: string;
          nameZh: string;
          relationshipManager?: string | null;
          serviceIds?: string[];
        };
      };
    };
    responses: {
      /** @description The customer */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            contactEmail: string | null;
            id: string;
            majorIncidentCriteria: unknown;
            nameEn: string;
            nameZh: string;
            relationshipManager: string | null;
            serviceIds: string[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiCustomersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            contactEmail: string | null;
            id: string;
            majorIncidentCriteria: unknown;
            nameEn: string;
            nameZh: string;
            relationshipManager: string | null;
            serviceIds: string[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiCustomersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          code?: string;
          /** Format: email */
          contactEmail?: string | null;
          majorIncidentCriteria?: {
            confirmedDataBreach: boolean;
            criticalServiceDown: boolean;
            minCustomersAffected: number | null;
            priorities: ('P1' | 'P2' | 'P3' | 'P4')[];
            restorationBeyondTarget: boolean;
          } | null;
          nameEn?: string;
          nameZh?: string;
          relationshipManager?: string | null;
          serviceIds?: string[];
        };
      };
    };
    responses: {
      /** @description The customer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            contactEmail: string | null;
            id: string;
            majorIncidentCriteria: unknown;
            nameEn: string;
            nameZh: string;
            relationshipManager: string | null;
            serviceIds: string[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiCustomersId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deactivated customer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            contactEmail: string | null;
            id: string;
            majorIncidentCriteria: unknown;
            nameEn: string;
            nameZh: string;
            relationshipManager: string | null;
            serviceIds: string[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiElementTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description [{ $schema, id, name, description, version, appliesTo, elementType, properties }] (an element-template file) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            $schema: string;
            appliesTo: string[];
            description?: string;
            elementType: {
              value: string;
            };
            id: string;
            name: string;
            properties: {
              binding: Record<string, unknown>;
              type: string;
            }[];
            version: number;
          }[];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiForms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ formId, version, key, deployedAt }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: date-time */
              deployedAt: string;
              formId: string;
              key: string;
              version: number;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFormsFormId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        formId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { formId, version, key, schema } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            formId: string;
            key: string;
            schema: Record<string, unknown>;
            version: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFormsFormIdDeploy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        formId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          components: unknown[];
          id: string;
        };
      };
    };
    responses: {
      /** @description { formId, version, key } */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeployedForm'];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGroups: {
    parameters: {
      query?: {
        includeInactive?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              code: string;
              department: string | null;
              departmentHead: string | null;
              functionalLevel: string | null;
              lead: string | null;
              memberCount?: number;
              nameEn: string;
              nameZh: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          department?: string | null;
          departmentHead?: string | null;
          /** @enum {string|null} */
          functionalLevel?: 'L1' | 'L2' | 'L3' | null;
          lead?: string | null;
          nameEn: string;
          nameZh: string;
        };
      };
    };
    responses: {
      /** @description The group */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            department: string | null;
            departmentHead: string | null;
            functionalLevel: string | null;
            lead: string | null;
            memberCount?: number;
            nameEn: string;
            nameZh: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGroupsCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The group */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            department: string | null;
            departmentHead: string | null;
            functionalLevel: string | null;
            lead: string | null;
            memberCount?: number;
            nameEn: string;
            nameZh: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiGroupsCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          department?: string | null;
          departmentHead?: string | null;
          /** @enum {string|null} */
          functionalLevel?: 'L1' | 'L2' | 'L3' | null;
          lead?: string | null;
          nameEn?: string;
          nameZh?: string;
        };
      };
    };
    responses: {
      /** @description The group */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            department: string | null;
            departmentHead: string | null;
            functionalLevel: string | null;
            lead: string | null;
            memberCount?: number;
            nameEn: string;
            nameZh: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiGroupsCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deactivated group */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            department: string | null;
            departmentHead: string | null;
            functionalLevel: string | null;
            lead: string | null;
            memberCount?: number;
            nameEn: string;
            nameZh: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGroupsCodeMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ username, displayName }], total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              displayName: string;
              username: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiGroupsCodeMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          usernames: string[];
        };
      };
    };
    responses: {
      /** @description { items: [{ username, displayName }], total, added, removed } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            added: string[];
            items: {
              displayName: string;
              username: string;
            }[];
            removed: string[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { status, db, engine }: "up" or "down" */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            db: 'up' | 'down';
            /** @enum {string} */
            engine: 'up' | 'down';
            /** @enum {string} */
            status: 'up' | 'down';
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The database or the engine is down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            db: 'up' | 'down';
            /** @enum {string} */
            engine: 'up' | 'down';
            /** @enum {string} */
            status: 'up' | 'down';
          };
        };
      };
    };
  };
  getApiIncidentCategories: {
    parameters: {
      query?: {
        includeInactive?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              code: string;
              depth?: number;
              nameEn: string;
              nameZh: string;
              parentCode: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentCategories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          nameEn: string;
          nameZh: string;
          parentCode?: string | null;
        };
      };
    };
    responses: {
      /** @description The category */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            depth?: number;
            nameEn: string;
            nameZh: string;
            parentCode: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiIncidentCategoriesCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The category */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            depth?: number;
            nameEn: string;
            nameZh: string;
            parentCode: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiIncidentCategoriesCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          nameEn?: string;
          nameZh?: string;
          parentCode?: string | null;
        };
      };
    };
    responses: {
      /** @description The category */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            depth?: number;
            nameEn: string;
            nameZh: string;
            parentCode: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiIncidentCategoriesCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deactivated category */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            code: string;
            depth?: number;
            nameEn: string;
            nameZh: string;
            parentCode: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiIncidents: {
    parameters: {
      query?: {
        assignmentGroup?: string;
        limit?: number;
        offset?: number;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        status?: 'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Incident'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          channel: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring';
          /** Format: uuid */
          ciId?: string;
          /** Format: uuid */
          customerId?: string;
          description?: string;
          /** @enum {integer} */
          impact: 1 | 2 | 3;
          reporter: {
            contact?: string;
            name: string;
          };
          /** Format: uuid */
          serviceId?: string;
          title: string;
          /** @enum {integer} */
          urgency: 1 | 2 | 3;
        };
      };
    };
    responses: {
      /** @description The incident with its number, priority, clocks and process instance key */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiIncidentsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The incident */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentsIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The incident after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentsIdDeclareMajor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The incident after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentsIdEscalate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The incident after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentsIdExempt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The incident after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiIncidentsIdHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, action, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentsIdPause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The incident after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentsIdPriority: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          priority: 'P1' | 'P2' | 'P3' | 'P4';
          reason: string;
        };
      };
    };
    responses: {
      /** @description The incident after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiIncidentsIdResume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, unknown>;
      };
    };
    responses: {
      /** @description The incident after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Incident'] & {
            history: components['schemas']['HistoryEntry'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiIncidentsIdSla: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { clocks: [{ clockType, state, ..., events }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clocks: {
              breachedAt: string | null;
              calendar: string;
              calendarIncomplete: boolean;
              clockType: string;
              dueAt: string | null;
              events: {
                actor?: string | null;
                at: string | null;
                details?: unknown;
                elapsedMinutes?: number;
                event: string;
                level?: number | null;
                newDueAt?: string | null;
                oldDueAt?: string | null;
                reason?: string | null;
              }[];
              id: string;
              met: boolean | null;
              pausedMinutes: number;
              priority: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
              thresholds: {
                dueAt: string | null;
                level: number;
                reachedAt: string | null;
              }[];
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiJobTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, owner, name, description, input, output, active, … }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: (
              | {
                  /** @description false when retired */
                  active: boolean;
                  bpmnErrors: string[];
                  description: string;
                  input: Record<string, unknown>;
                  name: string;
                  output: Record<string, unknown>;
                  /** @constant */
                  owner: 'platform';
                  /** @description what replaced a retired job type */
                  retired?: string;
                  type: string;
                }
              | {
                  active: boolean;
                  /** Format: date-time */
                  createdAt: string;
                  createdBy: string;
                  description: string | null;
                  input: Record<string, unknown>;
                  name: string;
                  output: Record<string, unknown>;
                  /** @constant */
                  owner: 'external';
                  type: string;
                  /** Format: date-time */
                  updatedAt: string;
                  updatedBy: string;
                }
            )[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiJobTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          description?: string | null;
          /** @description A JSON Schema (draft 2020-12 or 07) of an object: the job variables */
          input?: Record<string, unknown>;
          name: string;
          /** @description A JSON Schema (draft 2020-12 or 07) of an object: the job variables */
          output?: Record<string, unknown>;
          type: string;
        };
      };
    };
    responses: {
      /** @description The registered type */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            input: Record<string, unknown>;
            name: string;
            output: Record<string, unknown>;
            /** @constant */
            owner: 'external';
            type: string;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiJobTypesType: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        type: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          description?: string | null;
          /** @description A JSON Schema (draft 2020-12 or 07) of an object: the job variables */
          input?: Record<string, unknown>;
          name?: string;
          /** @description A JSON Schema (draft 2020-12 or 07) of an object: the job variables */
          output?: Record<string, unknown>;
        };
      };
    };
    responses: {
      /** @description The type after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            input: Record<string, unknown>;
            name: string;
            output: Record<string, unknown>;
            /** @constant */
            owner: 'external';
            type: string;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiJobTypesType: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        type: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKnownErrors: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        limit?: number;
        offset?: number;
        problemNumber?: string;
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'problemNumber'
          | '-problemNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'publishedAt'
          | '-publishedAt';
        status?: 'active' | 'resolved' | 'retired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Affected configuration items */
              affectedCiIds: string[] | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /** Category */
              category: string | null;
              /**
               * Configuration item
               * Format: uuid
               */
              ciId: string | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Format: uuid */
              id: string;
              number: string;
              /** Problem */
              problemNumber: string | null;
              processInstanceKey: string | null;
              /**
               * Published at
               * Format: date-time
               */
              publishedAt: string | null;
              /** Root cause */
              rootCause: string | null;
              serviceId: string | null;
              /** @enum {string} */
              status: 'active' | 'resolved' | 'retired';
              /** Symptom */
              symptom: string | null;
              /** Title */
              title: string | null;
              /** @constant */
              type: 'known-error';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /** Workaround */
              workaround: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiKnownErrors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Category */
          category?: string;
          /**
           * Configuration item
           * Format: uuid
           */
          ciId?: string;
          /** Format: uuid */
          customerId?: string;
          /** Problem */
          problemNumber?: string;
          requestId?: string;
          /** Root cause */
          rootCause?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Symptom */
          symptom: string;
          /** Title */
          title: string;
          /** Workaround */
          workaround?: string;
        };
      };
    };
    responses: {
      /** @description The known error this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description The known error */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKnownErrorsIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The known error */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKnownErrorsIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKnownErrorsIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiKnownErrorsIdOrNumberRetire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
        };
      };
    };
    responses: {
      /** @description The known error after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKnownErrorsExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        format?: 'xlsx' | 'csv';
        problemNumber?: string;
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'problemNumber'
          | '-problemNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'publishedAt'
          | '-publishedAt';
        status?: 'active' | 'resolved' | 'retired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKpis: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { from, to, items: [{ id, target, comparator, actual, numerator, denominator, met }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            from: string;
            items: components['schemas']['KpiValue'][];
            /** Format: date-time */
            to: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKpisExport: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiKpisSeries: {
    parameters: {
      query?: {
        from?: string;
        interval?: 'month';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { interval: 'month', from, to, items: [{ period: 'YYYY-MM', from, to, kpis: [{ id, target, comparator, actual, numerator, denominator, met }] }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            from: string;
            /** @enum {string} */
            interval: 'month';
            items: {
              /** Format: date-time */
              from: string;
              kpis: components['schemas']['KpiValue'][];
              period: string;
              /** Format: date-time */
              to: string;
            }[];
            /** Format: date-time */
            to: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateGroups: string[];
            displayName: string;
            locale: string;
            roles: string[];
            username: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          locale: 'zh-CN' | 'en';
        };
      };
    };
    responses: {
      /** @description The user, with the new locale */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            candidateGroups: string[];
            displayName: string;
            locale: string;
            roles: string[];
            username: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProblems: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        limit?: number;
        offset?: number;
        owner?: string;
        ownerGroup?: string;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'sourceType'
          | '-sourceType'
          | 'sourceNumber'
          | '-sourceNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'ownerGroup'
          | '-ownerGroup'
          | 'owner'
          | '-owner'
          | 'knownErrorNumber'
          | '-knownErrorNumber'
          | 'changeNumber'
          | '-changeNumber'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'closedAt'
          | '-closedAt';
        status?:
          'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Affected configuration items */
              affectedCiIds: string[] | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /** Category */
              category: string | null;
              /** Change */
              changeNumber: string | null;
              /**
               * Configuration item
               * Format: uuid
               */
              ciId: string | null;
              /**
               * Closed at
               * Format: date-time
               */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Description */
              description: string | null;
              /**
               * Effectiveness checked at
               * Format: date-time
               */
              effectivenessCheckedAt: string | null;
              /** Format: uuid */
              id: string;
              /**
               * Impact
               * @enum {string|null}
               */
              impact: '1' | '2' | '3' | null;
              /** Known error */
              knownErrorNumber: string | null;
              number: string;
              /** Owner */
              owner: string | null;
              /** Owner group */
              ownerGroup: string | null;
              /** Preventive measures */
              preventiveMeasures: string | null;
              /**
               * Priority
               * @enum {string|null}
               */
              priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
              processInstanceKey: string | null;
              /** Recurrences */
              recurrences: number | null;
              /** Resolution summary */
              resolutionSummary: string | null;
              /**
               * Resolved at
               * Format: date-time
               */
              resolvedAt: string | null;
              /** Root cause */
              rootCause: string | null;
              serviceId: string | null;
              /** Source record */
              sourceNumber: string | null;
              /** Source record type */
              sourceType: string | null;
              /** @enum {string} */
              status:
                'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
              /** Title */
              title: string | null;
              /** @constant */
              type: 'problem';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /**
               * Urgency
               * @enum {string|null}
               */
              urgency: '1' | '2' | '3' | null;
              /** Workaround */
              workaround: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProblems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Category */
          category: string;
          /**
           * Configuration item
           * Format: uuid
           */
          ciId?: string;
          /** Format: uuid */
          customerId?: string;
          /** Description */
          description?: string;
          /**
           * Impact
           * @enum {string}
           */
          impact?: '1' | '2' | '3';
          requestId?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Title */
          title: string;
          /**
           * Urgency
           * @enum {string}
           */
          urgency?: '1' | '2' | '3';
        };
      };
    };
    responses: {
      /** @description The problem this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description The problem */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProblemsIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The problem */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProblemsIdOrNumberEscalate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
        };
      };
    };
    responses: {
      /** @description The problem after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProblemsIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProblemsIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProblemsExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        format?: 'xlsx' | 'csv';
        owner?: string;
        ownerGroup?: string;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'sourceType'
          | '-sourceType'
          | 'sourceNumber'
          | '-sourceNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'ownerGroup'
          | '-ownerGroup'
          | 'owner'
          | '-owner'
          | 'knownErrorNumber'
          | '-knownErrorNumber'
          | 'changeNumber'
          | '-changeNumber'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'closedAt'
          | '-closedAt';
        status?:
          'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProcessInstances: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        processId?: string;
        record?: string;
        state?: 'active' | 'completed' | 'canceled' | 'incident';
        version?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InstanceSummary'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProcessInstances: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          processId: string;
          variables?: Record<string, unknown>;
        };
      };
    };
    responses: {
      /** @description { key, processId, version } */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            processId: string;
            version: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProcessInstancesKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The instance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Instance'];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProcessInstancesKeyIncidentsIncidentKeyResolve: {
    parameters: {
      query?: {
        retries?: number;
      };
      header?: never;
      path: {
        incidentKey: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Resolved; the job is retried */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiProcessInstancesKeyVariables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          variables: Record<string, unknown>;
        };
      };
    };
    responses: {
      /** @description { key, variables: { name: value } }: the named variables as the instance view now shows them */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            variables: Record<string, unknown>;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProcessMigrations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              instanceKeys?: string[];
              mapping?: {
                sourceElementId: string;
                targetElementId: string;
              }[];
              processId: string;
              sourceVersion?: number;
              targetVersion: number;
            }
          | unknown
          | unknown;
      };
    };
    responses: {
      /** @description { target, items: [{ key, outcome: migrated | not-migratable | refused | not-attempted, findings, engineMessage? }], migrated, caughtUp } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caughtUp: boolean;
            items: {
              engineMessage?: string;
              findings: {
                code: string;
                elementId?: string;
                message: string;
                params: {
                  [key: string]: string;
                };
              }[];
              key: string;
              /** @enum {string} */
              outcome: 'migrated' | 'not-migratable' | 'refused' | 'not-attempted';
            }[];
            migrated: number;
            target: {
              definitionKey: string;
              processId: string;
              version: number;
            };
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProcessMigrationsCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              instanceKeys?: string[];
              mapping?: {
                sourceElementId: string;
                targetElementId: string;
              }[];
              processId: string;
              sourceVersion?: number;
              targetVersion: number;
            }
          | unknown
          | unknown;
      };
    };
    responses: {
      /** @description { source, target, mapping, proposedMapping, activeElements, planFindings, instances: [{ key, migratable, findings }], total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activeElements: {
              candidates: {
                elementId: string;
                name?: string;
              }[];
              elementId: string;
              elementType: string;
              instances: number;
              name?: string;
            }[];
            instances: {
              activeElementIds: string[];
              findings: {
                code: string;
                elementId?: string;
                message: string;
                params: {
                  [key: string]: string;
                };
              }[];
              key: string;
              migratable: boolean;
              record?: {
                number?: string;
                type?: string;
              };
              /** @enum {string} */
              state: 'active' | 'incident';
            }[];
            mapping: {
              sourceElementId: string;
              targetElementId: string;
            }[];
            planFindings: {
              code: string;
              elementId?: string;
              message: string;
              params: {
                [key: string]: string;
              };
            }[];
            proposedMapping: {
              sourceElementId: string;
              targetElementId: string;
            }[];
            source: {
              definitionKey: string;
              processId: string;
              version: number;
            };
            target: {
              definitionKey: string;
              processId: string;
              version: number;
            };
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProcesses: {
    parameters: {
      query?: {
        all?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ processId, name, version, deployedAt, key }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProcessVersion'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProcessesProcessIdDeploy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        processId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/xml': string;
      };
    };
    responses: {
      /** @description { processId, version, key } */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Deployed'];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProcessesProcessIdDeployWithForms: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        processId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          forms: {
            formId: string;
            schema: {
              components: unknown[];
              id: string;
            };
          }[];
          xml: string;
        };
      };
    };
    responses: {
      /** @description { processId, version, key, forms: [{ formId, version, key }] }: the process and each form sent, deployed together */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Deployed'] & {
            forms: components['schemas']['DeployedForm'][];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProcessesProcessIdVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        processId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ processId, name, version, key, deployedAt, active, completed, incident, incidents }] }: incident (incidents, the older name) counts active instances with an open engine incident; active counts the others */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: (components['schemas']['ProcessVersion'] & {
              active: number;
              completed: number;
              incident: number;
              incidents: number;
            })[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiProcessesProcessIdXml: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        processId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description BPMN XML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiProcessesCheck: {
    parameters: {
      query?: {
        processId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/xml': string;
      };
    };
    responses: {
      /** @description { ok, findings: [{ resource, code, elementId, message, rule? }], warnings: [...] }: findings as the deploy route's 400 details; ?processId= also checks the process id as deploying under it would */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            findings: {
              code: string;
              elementId?: string;
              message: string;
              resource: string;
              rule?: string;
            }[];
            ok: boolean;
            warnings: {
              code: string;
              elementId?: string;
              message: string;
              resource: string;
              rule?: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordKinds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, prefix, labels, … }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              canCreate: boolean;
              commands: {
                [key: string]: {
                  from: string[];
                  labels: {
                    en: string;
                    'zh-CN': string;
                  };
                  roles: string[];
                  schema: {
                    properties: {
                      [key: string]: Record<string, unknown>;
                    };
                    required?: string[];
                    /** @constant */
                    type: 'object';
                  };
                };
              };
              createSchema: {
                properties: {
                  [key: string]: Record<string, unknown>;
                };
                required?: string[];
                /** @constant */
                type: 'object';
              };
              fields: {
                [key: string]: {
                  choicesFrom?: string;
                  column?: boolean;
                  columnName?: string;
                  enum?: string[];
                  enumLabels?: {
                    [key: string]: {
                      en: string;
                      'zh-CN': string;
                    };
                  };
                  /** @enum {string} */
                  format?: 'date-time' | 'date' | 'uuid' | 'email';
                  items?: {
                    format?: string;
                    type: string;
                  };
                  labels: {
                    en: string;
                    'zh-CN': string;
                  };
                  maximum?: number;
                  maxItems?: number;
                  maxLength?: number;
                  minimum?: number;
                  minLength?: number;
                  refersTo?: string;
                  /** @enum {string} */
                  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
                };
              };
              labels: {
                plural: {
                  en: string;
                  'zh-CN': string;
                };
                singular: {
                  en: string;
                  'zh-CN': string;
                };
              };
              list: {
                columns: string[];
                filters: string[];
              };
              ownRoutes: boolean;
              path: string;
              prefix: string;
              processIds: string[];
              statuses: {
                final: string[];
                initial: string;
                labels: {
                  [key: string]: {
                    en: string;
                    'zh-CN': string;
                  };
                };
                stamps?: {
                  [key: string]: string;
                };
                transitions: {
                  [key: string]: string[];
                };
              };
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsIncident: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        channel?: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring';
        escalationLevel?: 'H0' | 'H1' | 'H2' | 'H3' | 'H4';
        isMajor?: boolean;
        isSecurity?: boolean;
        limit?: number;
        offset?: number;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'description'
          | '-description'
          | 'channel'
          | '-channel'
          | 'reporterName'
          | '-reporterName'
          | 'reporterContact'
          | '-reporterContact'
          | 'incidentType'
          | '-incidentType'
          | 'category'
          | '-category'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'functionalLevel'
          | '-functionalLevel'
          | 'escalationLevel'
          | '-escalationLevel'
          | 'isMajor'
          | '-isMajor'
          | 'isSecurity'
          | '-isSecurity'
          | 'recurring'
          | '-recurring'
          | 'knownErrorId'
          | '-knownErrorId'
          | 'problemId'
          | '-problemId'
          | 'resolutionCode'
          | '-resolutionCode'
          | 'resolution'
          | '-resolution'
          | 'workaroundUsed'
          | '-workaroundUsed'
          | 'serviceRestoredConfirmed'
          | '-serviceRestoredConfirmed'
          | 'resolutionAccepted'
          | '-resolutionAccepted'
          | 'confirmedBy'
          | '-confirmedBy'
          | 'confirmationChannel'
          | '-confirmationChannel'
          | 'rating'
          | '-rating'
          | 'reopenCount'
          | '-reopenCount'
          | 'exempt'
          | '-exempt'
          | 'exemptReason'
          | '-exemptReason'
          | 'exemptBy'
          | '-exemptBy'
          | 'exemptAt'
          | '-exemptAt'
          | 'unplannedOutage'
          | '-unplannedOutage'
          | 'outageStart'
          | '-outageStart'
          | 'outageEnd'
          | '-outageEnd'
          | 'customerWarnedAt'
          | '-customerWarnedAt'
          | 'respondedAt'
          | '-respondedAt'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'closedAt'
          | '-closedAt'
          | 'cancelledAt'
          | '-cancelledAt'
          | 'cancelReason'
          | '-cancelReason'
          | 'reopenedFrom'
          | '-reopenedFrom'
          | 'sourceType'
          | '-sourceType'
          | 'sourceNumber'
          | '-sourceNumber';
        status?: 'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              assignee: string | null;
              assignmentGroup: string | null;
              /**
               * Cancelled at
               * Format: date-time
               */
              cancelledAt: string | null;
              /** Cancellation reason */
              cancelReason: string | null;
              /** Category */
              category: string | null;
              /** Changes */
              changeIds: string[] | null;
              /**
               * Channel
               * @enum {string|null}
               */
              channel: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring' | null;
              /**
               * Closed at
               * Format: date-time
               */
              closedAt: string | null;
              /**
               * Confirmation channel
               * @enum {string|null}
               */
              confirmationChannel: 'portal' | 'phone' | 'visit' | 'e-mail' | null;
              /** Confirmed by */
              confirmedBy: string | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /**
               * Customer warned at
               * Format: date-time
               */
              customerWarnedAt: string | null;
              /** Description */
              description: string | null;
              /**
               * Escalation level
               * @enum {string|null}
               */
              escalationLevel: 'H0' | 'H1' | 'H2' | 'H3' | 'H4' | null;
              /** Exempt from SLA */
              exempt: boolean | null;
              /**
               * Exempted at
               * Format: date-time
               */
              exemptAt: string | null;
              /** Exempted by */
              exemptBy: string | null;
              /** Exemption reason */
              exemptReason: string | null;
              /**
               * Support line
               * @enum {string|null}
               */
              functionalLevel: 'L1' | 'L2' | 'L3' | null;
              /** Format: uuid */
              id: string;
              /** Impact */
              impact: number | null;
              /**
               * Incident type
               * @enum {string|null}
               */
              incidentType: 'interruption' | 'degradation' | 'not-yet-impacting' | null;
              /** Major incident */
              isMajor: boolean | null;
              /** Security incident */
              isSecurity: boolean | null;
              /** Known error */
              knownErrorId: string | null;
              number: string;
              /**
               * Outage end
               * Format: date-time
               */
              outageEnd: string | null;
              /**
               * Outage start
               * Format: date-time
               */
              outageStart: string | null;
              /**
               * Priority
               * @enum {string|null}
               */
              priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
              /** Problem */
              problemId: string | null;
              processInstanceKey: string | null;
              /** Rating */
              rating: number | null;
              /** Recurring */
              recurring: boolean | null;
              /** Times reopened */
              reopenCount: number | null;
              /** Reopened from */
              reopenedFrom: string | null;
              /** Reporter contact */
              reporterContact: string | null;
              /** Reporter */
              reporterName: string | null;
              /** Resolution */
              resolution: string | null;
              /** Resolution accepted */
              resolutionAccepted: boolean | null;
              /** Resolution code */
              resolutionCode: string | null;
              /**
               * Resolved at
               * Format: date-time
               */
              resolvedAt: string | null;
              /**
               * Responded at
               * Format: date-time
               */
              respondedAt: string | null;
              serviceId: string | null;
              /** Service restored confirmed */
              serviceRestoredConfirmed: boolean | null;
              /** Source record */
              sourceNumber: string | null;
              /** Source record type */
              sourceType: string | null;
              /** @enum {string} */
              status: 'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';
              /** Title */
              title: string | null;
              /** @constant */
              type: 'incident';
              /** Unplanned outage */
              unplannedOutage: boolean | null;
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /** Urgency */
              urgency: number | null;
              /** Workaround used */
              workaroundUsed: boolean | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsIncident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Channel
           * @enum {string}
           */
          channel: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring';
          /** Format: uuid */
          customerId?: string;
          /** Description */
          description?: string;
          /** Impact */
          impact: number;
          /** Reporter contact */
          reporterContact?: string;
          /** Reporter */
          reporterName: string;
          requestId?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Title */
          title: string;
          /** Urgency */
          urgency: number;
        };
      };
    };
    responses: {
      /** @description The incident this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Cancelled at
             * Format: date-time
             */
            cancelledAt: string | null;
            /** Cancellation reason */
            cancelReason: string | null;
            /** Category */
            category: string | null;
            /** Changes */
            changeIds: string[] | null;
            /**
             * Channel
             * @enum {string|null}
             */
            channel: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmation channel
             * @enum {string|null}
             */
            confirmationChannel: 'portal' | 'phone' | 'visit' | 'e-mail' | null;
            /** Confirmed by */
            confirmedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /**
             * Customer warned at
             * Format: date-time
             */
            customerWarnedAt: string | null;
            /** Description */
            description: string | null;
            /**
             * Escalation level
             * @enum {string|null}
             */
            escalationLevel: 'H0' | 'H1' | 'H2' | 'H3' | 'H4' | null;
            /** Exempt from SLA */
            exempt: boolean | null;
            /**
             * Exempted at
             * Format: date-time
             */
            exemptAt: string | null;
            /** Exempted by */
            exemptBy: string | null;
            /** Exemption reason */
            exemptReason: string | null;
            /**
             * Support line
             * @enum {string|null}
             */
            functionalLevel: 'L1' | 'L2' | 'L3' | null;
            /** Format: uuid */
            id: string;
            /** Impact */
            impact: number | null;
            /**
             * Incident type
             * @enum {string|null}
             */
            incidentType: 'interruption' | 'degradation' | 'not-yet-impacting' | null;
            /** Major incident */
            isMajor: boolean | null;
            /** Security incident */
            isSecurity: boolean | null;
            /** Known error */
            knownErrorId: string | null;
            number: string;
            /**
             * Outage end
             * Format: date-time
             */
            outageEnd: string | null;
            /**
             * Outage start
             * Format: date-time
             */
            outageStart: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            /** Problem */
            problemId: string | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Recurring */
            recurring: boolean | null;
            /** Times reopened */
            reopenCount: number | null;
            /** Reopened from */
            reopenedFrom: string | null;
            /** Reporter contact */
            reporterContact: string | null;
            /** Reporter */
            reporterName: string | null;
            /** Resolution */
            resolution: string | null;
            /** Resolution accepted */
            resolutionAccepted: boolean | null;
            /** Resolution code */
            resolutionCode: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** Service restored confirmed */
            serviceRestoredConfirmed: boolean | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status: 'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'incident';
            /** Unplanned outage */
            unplannedOutage: boolean | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Urgency */
            urgency: number | null;
            /** Workaround used */
            workaroundUsed: boolean | null;
          };
        };
      };
      /** @description The incident */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Cancelled at
             * Format: date-time
             */
            cancelledAt: string | null;
            /** Cancellation reason */
            cancelReason: string | null;
            /** Category */
            category: string | null;
            /** Changes */
            changeIds: string[] | null;
            /**
             * Channel
             * @enum {string|null}
             */
            channel: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmation channel
             * @enum {string|null}
             */
            confirmationChannel: 'portal' | 'phone' | 'visit' | 'e-mail' | null;
            /** Confirmed by */
            confirmedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /**
             * Customer warned at
             * Format: date-time
             */
            customerWarnedAt: string | null;
            /** Description */
            description: string | null;
            /**
             * Escalation level
             * @enum {string|null}
             */
            escalationLevel: 'H0' | 'H1' | 'H2' | 'H3' | 'H4' | null;
            /** Exempt from SLA */
            exempt: boolean | null;
            /**
             * Exempted at
             * Format: date-time
             */
            exemptAt: string | null;
            /** Exempted by */
            exemptBy: string | null;
            /** Exemption reason */
            exemptReason: string | null;
            /**
             * Support line
             * @enum {string|null}
             */
            functionalLevel: 'L1' | 'L2' | 'L3' | null;
            /** Format: uuid */
            id: string;
            /** Impact */
            impact: number | null;
            /**
             * Incident type
             * @enum {string|null}
             */
            incidentType: 'interruption' | 'degradation' | 'not-yet-impacting' | null;
            /** Major incident */
            isMajor: boolean | null;
            /** Security incident */
            isSecurity: boolean | null;
            /** Known error */
            knownErrorId: string | null;
            number: string;
            /**
             * Outage end
             * Format: date-time
             */
            outageEnd: string | null;
            /**
             * Outage start
             * Format: date-time
             */
            outageStart: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            /** Problem */
            problemId: string | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Recurring */
            recurring: boolean | null;
            /** Times reopened */
            reopenCount: number | null;
            /** Reopened from */
            reopenedFrom: string | null;
            /** Reporter contact */
            reporterContact: string | null;
            /** Reporter */
            reporterName: string | null;
            /** Resolution */
            resolution: string | null;
            /** Resolution accepted */
            resolutionAccepted: boolean | null;
            /** Resolution code */
            resolutionCode: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** Service restored confirmed */
            serviceRestoredConfirmed: boolean | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status: 'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'incident';
            /** Unplanned outage */
            unplannedOutage: boolean | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Urgency */
            urgency: number | null;
            /** Workaround used */
            workaroundUsed: boolean | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsIncidentIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The incident */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Cancelled at
             * Format: date-time
             */
            cancelledAt: string | null;
            /** Cancellation reason */
            cancelReason: string | null;
            /** Category */
            category: string | null;
            /** Changes */
            changeIds: string[] | null;
            /**
             * Channel
             * @enum {string|null}
             */
            channel: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmation channel
             * @enum {string|null}
             */
            confirmationChannel: 'portal' | 'phone' | 'visit' | 'e-mail' | null;
            /** Confirmed by */
            confirmedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /**
             * Customer warned at
             * Format: date-time
             */
            customerWarnedAt: string | null;
            /** Description */
            description: string | null;
            /**
             * Escalation level
             * @enum {string|null}
             */
            escalationLevel: 'H0' | 'H1' | 'H2' | 'H3' | 'H4' | null;
            /** Exempt from SLA */
            exempt: boolean | null;
            /**
             * Exempted at
             * Format: date-time
             */
            exemptAt: string | null;
            /** Exempted by */
            exemptBy: string | null;
            /** Exemption reason */
            exemptReason: string | null;
            /**
             * Support line
             * @enum {string|null}
             */
            functionalLevel: 'L1' | 'L2' | 'L3' | null;
            /** Format: uuid */
            id: string;
            /** Impact */
            impact: number | null;
            /**
             * Incident type
             * @enum {string|null}
             */
            incidentType: 'interruption' | 'degradation' | 'not-yet-impacting' | null;
            /** Major incident */
            isMajor: boolean | null;
            /** Security incident */
            isSecurity: boolean | null;
            /** Known error */
            knownErrorId: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /**
             * Outage end
             * Format: date-time
             */
            outageEnd: string | null;
            /**
             * Outage start
             * Format: date-time
             */
            outageStart: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            /** Problem */
            problemId: string | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Rating */
            rating: number | null;
            /** Recurring */
            recurring: boolean | null;
            /** Times reopened */
            reopenCount: number | null;
            /** Reopened from */
            reopenedFrom: string | null;
            /** Reporter contact */
            reporterContact: string | null;
            /** Reporter */
            reporterName: string | null;
            /** Resolution */
            resolution: string | null;
            /** Resolution accepted */
            resolutionAccepted: boolean | null;
            /** Resolution code */
            resolutionCode: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** Service restored confirmed */
            serviceRestoredConfirmed: boolean | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status: 'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'incident';
            /** Unplanned outage */
            unplannedOutage: boolean | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Urgency */
            urgency: number | null;
            /** Workaround used */
            workaroundUsed: boolean | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsIncidentIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsIncidentIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsIncidentExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        channel?: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring';
        escalationLevel?: 'H0' | 'H1' | 'H2' | 'H3' | 'H4';
        format?: 'xlsx' | 'csv';
        isMajor?: boolean;
        isSecurity?: boolean;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'description'
          | '-description'
          | 'channel'
          | '-channel'
          | 'reporterName'
          | '-reporterName'
          | 'reporterContact'
          | '-reporterContact'
          | 'incidentType'
          | '-incidentType'
          | 'category'
          | '-category'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'functionalLevel'
          | '-functionalLevel'
          | 'escalationLevel'
          | '-escalationLevel'
          | 'isMajor'
          | '-isMajor'
          | 'isSecurity'
          | '-isSecurity'
          | 'recurring'
          | '-recurring'
          | 'knownErrorId'
          | '-knownErrorId'
          | 'problemId'
          | '-problemId'
          | 'resolutionCode'
          | '-resolutionCode'
          | 'resolution'
          | '-resolution'
          | 'workaroundUsed'
          | '-workaroundUsed'
          | 'serviceRestoredConfirmed'
          | '-serviceRestoredConfirmed'
          | 'resolutionAccepted'
          | '-resolutionAccepted'
          | 'confirmedBy'
          | '-confirmedBy'
          | 'confirmationChannel'
          | '-confirmationChannel'
          | 'rating'
          | '-rating'
          | 'reopenCount'
          | '-reopenCount'
          | 'exempt'
          | '-exempt'
          | 'exemptReason'
          | '-exemptReason'
          | 'exemptBy'
          | '-exemptBy'
          | 'exemptAt'
          | '-exemptAt'
          | 'unplannedOutage'
          | '-unplannedOutage'
          | 'outageStart'
          | '-outageStart'
          | 'outageEnd'
          | '-outageEnd'
          | 'customerWarnedAt'
          | '-customerWarnedAt'
          | 'respondedAt'
          | '-respondedAt'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'closedAt'
          | '-closedAt'
          | 'cancelledAt'
          | '-cancelledAt'
          | 'cancelReason'
          | '-cancelReason'
          | 'reopenedFrom'
          | '-reopenedFrom'
          | 'sourceType'
          | '-sourceType'
          | 'sourceNumber'
          | '-sourceNumber';
        status?: 'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsKnownError: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        limit?: number;
        offset?: number;
        problemNumber?: string;
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'problemNumber'
          | '-problemNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'publishedAt'
          | '-publishedAt';
        status?: 'active' | 'resolved' | 'retired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Affected configuration items */
              affectedCiIds: string[] | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /** Category */
              category: string | null;
              /**
               * Configuration item
               * Format: uuid
               */
              ciId: string | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Format: uuid */
              id: string;
              number: string;
              /** Problem */
              problemNumber: string | null;
              processInstanceKey: string | null;
              /**
               * Published at
               * Format: date-time
               */
              publishedAt: string | null;
              /** Root cause */
              rootCause: string | null;
              serviceId: string | null;
              /** @enum {string} */
              status: 'active' | 'resolved' | 'retired';
              /** Symptom */
              symptom: string | null;
              /** Title */
              title: string | null;
              /** @constant */
              type: 'known-error';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /** Workaround */
              workaround: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsKnownError: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Category */
          category?: string;
          /**
           * Configuration item
           * Format: uuid
           */
          ciId?: string;
          /** Format: uuid */
          customerId?: string;
          /** Problem */
          problemNumber?: string;
          requestId?: string;
          /** Root cause */
          rootCause?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Symptom */
          symptom: string;
          /** Title */
          title: string;
          /** Workaround */
          workaround?: string;
        };
      };
    };
    responses: {
      /** @description The known error this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description The known error */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsKnownErrorIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The known error */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsKnownErrorIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsKnownErrorIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsKnownErrorIdOrNumberRetire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
        };
      };
    };
    responses: {
      /** @description The known error after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            number: string;
            /** Problem */
            problemNumber: string | null;
            processInstanceKey: string | null;
            /**
             * Published at
             * Format: date-time
             */
            publishedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'active' | 'resolved' | 'retired';
            /** Symptom */
            symptom: string | null;
            /** Title */
            title: string | null;
            /** @constant */
            type: 'known-error';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsKnownErrorExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        format?: 'xlsx' | 'csv';
        problemNumber?: string;
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'problemNumber'
          | '-problemNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'publishedAt'
          | '-publishedAt';
        status?: 'active' | 'resolved' | 'retired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsMajorIncident: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        continuityInvoked?: boolean;
        limit?: number;
        offset?: number;
        problemNeeded?: boolean;
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'incidentId'
          | '-incidentId'
          | 'mgmtNotifiedAt'
          | '-mgmtNotifiedAt'
          | 'updateIntervalMinutes'
          | '-updateIntervalMinutes'
          | 'continuityInvoked'
          | '-continuityInvoked'
          | 'restoredAt'
          | '-restoredAt'
          | 'reviewAt'
          | '-reviewAt'
          | 'problemNeeded'
          | '-problemNeeded'
          | 'problemId'
          | '-problemId';
        status?: 'declared' | 'managed' | 'restored' | 'reported' | 'reviewed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              assignee: string | null;
              assignmentGroup: string | null;
              /** Continuity invocation requested */
              continuityInvoked: boolean | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              /** Major-incident criteria matched */
              criteriaMatched: string[] | null;
              customerId: string | null;
              /** Format: uuid */
              id: string;
              /**
               * Incident
               * Format: uuid
               */
              incidentId: string | null;
              /**
               * Top management informed
               * Format: date-time
               */
              mgmtNotifiedAt: string | null;
              number: string;
              /** Review participants */
              participants: string[] | null;
              /** Problem */
              problemId: string | null;
              /** Problem needed */
              problemNeeded: boolean | null;
              processInstanceKey: string | null;
              /** Major-incident report */
              report: {
                [key: string]: unknown;
              } | null;
              /**
               * Service restored
               * Format: date-time
               */
              restoredAt: string | null;
              /** Major-incident review */
              review: {
                [key: string]: unknown;
              } | null;
              /**
               * Review date
               * Format: date-time
               */
              reviewAt: string | null;
              serviceId: string | null;
              /** @enum {string} */
              status: 'declared' | 'managed' | 'restored' | 'reported' | 'reviewed';
              /** @constant */
              type: 'major-incident';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /** Status update interval (minutes) */
              updateIntervalMinutes: number | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsMajorIncidentIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The major incident */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /** Continuity invocation requested */
            continuityInvoked: boolean | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Major-incident criteria matched */
            criteriaMatched: string[] | null;
            customerId: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Incident
             * Format: uuid
             */
            incidentId: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            /**
             * Top management informed
             * Format: date-time
             */
            mgmtNotifiedAt: string | null;
            number: string;
            /** Review participants */
            participants: string[] | null;
            /** Problem */
            problemId: string | null;
            /** Problem needed */
            problemNeeded: boolean | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Major-incident report */
            report: {
              [key: string]: unknown;
            } | null;
            /**
             * Service restored
             * Format: date-time
             */
            restoredAt: string | null;
            /** Major-incident review */
            review: {
              [key: string]: unknown;
            } | null;
            /**
             * Review date
             * Format: date-time
             */
            reviewAt: string | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** @enum {string} */
            status: 'declared' | 'managed' | 'restored' | 'reported' | 'reviewed';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** @constant */
            type: 'major-incident';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Status update interval (minutes) */
            updateIntervalMinutes: number | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsMajorIncidentIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsMajorIncidentIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsMajorIncidentExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        continuityInvoked?: boolean;
        format?: 'xlsx' | 'csv';
        problemNeeded?: boolean;
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'incidentId'
          | '-incidentId'
          | 'mgmtNotifiedAt'
          | '-mgmtNotifiedAt'
          | 'updateIntervalMinutes'
          | '-updateIntervalMinutes'
          | 'continuityInvoked'
          | '-continuityInvoked'
          | 'restoredAt'
          | '-restoredAt'
          | 'reviewAt'
          | '-reviewAt'
          | 'problemNeeded'
          | '-problemNeeded'
          | 'problemId'
          | '-problemId';
        status?: 'declared' | 'managed' | 'restored' | 'reported' | 'reviewed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsProblem: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        limit?: number;
        offset?: number;
        owner?: string;
        ownerGroup?: string;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'sourceType'
          | '-sourceType'
          | 'sourceNumber'
          | '-sourceNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'ownerGroup'
          | '-ownerGroup'
          | 'owner'
          | '-owner'
          | 'knownErrorNumber'
          | '-knownErrorNumber'
          | 'changeNumber'
          | '-changeNumber'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'closedAt'
          | '-closedAt';
        status?:
          'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Affected configuration items */
              affectedCiIds: string[] | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /** Category */
              category: string | null;
              /** Change */
              changeNumber: string | null;
              /**
               * Configuration item
               * Format: uuid
               */
              ciId: string | null;
              /**
               * Closed at
               * Format: date-time
               */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Description */
              description: string | null;
              /**
               * Effectiveness checked at
               * Format: date-time
               */
              effectivenessCheckedAt: string | null;
              /** Format: uuid */
              id: string;
              /**
               * Impact
               * @enum {string|null}
               */
              impact: '1' | '2' | '3' | null;
              /** Known error */
              knownErrorNumber: string | null;
              number: string;
              /** Owner */
              owner: string | null;
              /** Owner group */
              ownerGroup: string | null;
              /** Preventive measures */
              preventiveMeasures: string | null;
              /**
               * Priority
               * @enum {string|null}
               */
              priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
              processInstanceKey: string | null;
              /** Recurrences */
              recurrences: number | null;
              /** Resolution summary */
              resolutionSummary: string | null;
              /**
               * Resolved at
               * Format: date-time
               */
              resolvedAt: string | null;
              /** Root cause */
              rootCause: string | null;
              serviceId: string | null;
              /** Source record */
              sourceNumber: string | null;
              /** Source record type */
              sourceType: string | null;
              /** @enum {string} */
              status:
                'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
              /** Title */
              title: string | null;
              /** @constant */
              type: 'problem';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /**
               * Urgency
               * @enum {string|null}
               */
              urgency: '1' | '2' | '3' | null;
              /** Workaround */
              workaround: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsProblem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Category */
          category: string;
          /**
           * Configuration item
           * Format: uuid
           */
          ciId?: string;
          /** Format: uuid */
          customerId?: string;
          /** Description */
          description?: string;
          /**
           * Impact
           * @enum {string}
           */
          impact?: '1' | '2' | '3';
          requestId?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Title */
          title: string;
          /**
           * Urgency
           * @enum {string}
           */
          urgency?: '1' | '2' | '3';
        };
      };
    };
    responses: {
      /** @description The problem this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description The problem */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsProblemIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The problem */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsProblemIdOrNumberEscalate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
        };
      };
    };
    responses: {
      /** @description The problem after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected configuration items */
            affectedCiIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Category */
            category: string | null;
            /** Change */
            changeNumber: string | null;
            /**
             * Configuration item
             * Format: uuid
             */
            ciId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Effectiveness checked at
             * Format: date-time
             */
            effectivenessCheckedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /** Known error */
            knownErrorNumber: string | null;
            number: string;
            /** Owner */
            owner: string | null;
            /** Owner group */
            ownerGroup: string | null;
            /** Preventive measures */
            preventiveMeasures: string | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Recurrences */
            recurrences: number | null;
            /** Resolution summary */
            resolutionSummary: string | null;
            /**
             * Resolved at
             * Format: date-time
             */
            resolvedAt: string | null;
            /** Root cause */
            rootCause: string | null;
            serviceId: string | null;
            /** Source record */
            sourceNumber: string | null;
            /** Source record type */
            sourceType: string | null;
            /** @enum {string} */
            status:
              'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'problem';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
            /** Workaround */
            workaround: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsProblemIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsProblemIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsProblemExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        category?: string;
        ciId?: string;
        format?: 'xlsx' | 'csv';
        owner?: string;
        ownerGroup?: string;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'sourceType'
          | '-sourceType'
          | 'sourceNumber'
          | '-sourceNumber'
          | 'category'
          | '-category'
          | 'ciId'
          | '-ciId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'ownerGroup'
          | '-ownerGroup'
          | 'owner'
          | '-owner'
          | 'knownErrorNumber'
          | '-knownErrorNumber'
          | 'changeNumber'
          | '-changeNumber'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'closedAt'
          | '-closedAt';
        status?:
          'new' | 'investigating' | 'known_error' | 'awaiting_change' | 'resolved' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsSecurityIncident: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        limit?: number;
        offset?: number;
        personalDataInvolved?: boolean;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        riskLevel?: 'low' | 'medium' | 'high' | 'critical';
        securityCategory?:
          | 'malware'
          | 'unauthorised-access'
          | 'data-leakage'
          | 'denial-of-service'
          | 'vulnerability-exploitation'
          | 'physical'
          | 'other';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'incidentId'
          | '-incidentId'
          | 'incidentNumber'
          | '-incidentNumber'
          | 'securityCategory'
          | '-securityCategory'
          | 'confidentialityImpact'
          | '-confidentialityImpact'
          | 'integrityImpact'
          | '-integrityImpact'
          | 'availabilityImpact'
          | '-availabilityImpact'
          | 'personalDataInvolved'
          | '-personalDataInvolved'
          | 'riskLevel'
          | '-riskLevel'
          | 'priority'
          | '-priority'
          | 'externalReportingRequired'
          | '-externalReportingRequired'
          | 'recipients'
          | '-recipients'
          | 'reportedAt'
          | '-reportedAt'
          | 'containmentActions'
          | '-containmentActions'
          | 'evidencePreserved'
          | '-evidencePreserved'
          | 'lessonsLearned'
          | '-lessonsLearned'
          | 'closedAt'
          | '-closedAt';
        status?: 'assessing' | 'containing' | 'reviewing' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Affected assets */
              affectedAssetIds: string[] | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /**
               * Availability impact
               * @enum {string|null}
               */
              availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
              /**
               * Closed at
               * Format: date-time
               */
              closedAt: string | null;
              /**
               * Confidentiality impact
               * @enum {string|null}
               */
              confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
              /** Containment actions */
              containmentActions: string | null;
              /** Controls to change */
              controlsToChange: string[] | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Description */
              description: string | null;
              /** Eradicated */
              eradicated: boolean | null;
              /** Evidence preserved */
              evidencePreserved: boolean | null;
              /** External reporting required */
              externalReportingRequired: boolean | null;
              /** Format: uuid */
              id: string;
              /** Improvement opportunities */
              improvementOpportunities: string[] | null;
              /**
               * Incident
               * Format: uuid
               */
              incidentId: string | null;
              /** Incident number */
              incidentNumber: string | null;
              /**
               * Integrity impact
               * @enum {string|null}
               */
              integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
              /** Lessons learned */
              lessonsLearned: string | null;
              number: string;
              /** Personal data involved */
              personalDataInvolved: boolean | null;
              /**
               * Priority
               * @enum {string|null}
               */
              priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
              processInstanceKey: string | null;
              /** Reported to */
              recipients: string | null;
              /** Recovered */
              recovered: boolean | null;
              /** Report reference */
              reference: string | null;
              /**
               * Reported at
               * Format: date-time
               */
              reportedAt: string | null;
              /**
               * Security risk
               * @enum {string|null}
               */
              riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
              /** Risk review needed */
              riskReviewNeeded: boolean | null;
              /**
               * Security category
               * @enum {string|null}
               */
              securityCategory:
                | 'malware'
                | 'unauthorised-access'
                | 'data-leakage'
                | 'denial-of-service'
                | 'vulnerability-exploitation'
                | 'physical'
                | 'other'
                | null;
              serviceId: string | null;
              /** @enum {string} */
              status: 'assessing' | 'containing' | 'reviewing' | 'closed';
              /** Title */
              title: string | null;
              /** @constant */
              type: 'security-incident';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsSecurityIncident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          customerId?: string;
          /** Description */
          description?: string;
          requestId?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Title */
          title: string;
        };
      };
    };
    responses: {
      /** @description The information security incident this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected assets */
            affectedAssetIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Availability impact
             * @enum {string|null}
             */
            availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confidentiality impact
             * @enum {string|null}
             */
            confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Containment actions */
            containmentActions: string | null;
            /** Controls to change */
            controlsToChange: string[] | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /** Eradicated */
            eradicated: boolean | null;
            /** Evidence preserved */
            evidencePreserved: boolean | null;
            /** External reporting required */
            externalReportingRequired: boolean | null;
            /** Format: uuid */
            id: string;
            /** Improvement opportunities */
            improvementOpportunities: string[] | null;
            /**
             * Incident
             * Format: uuid
             */
            incidentId: string | null;
            /** Incident number */
            incidentNumber: string | null;
            /**
             * Integrity impact
             * @enum {string|null}
             */
            integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Lessons learned */
            lessonsLearned: string | null;
            number: string;
            /** Personal data involved */
            personalDataInvolved: boolean | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Reported to */
            recipients: string | null;
            /** Recovered */
            recovered: boolean | null;
            /** Report reference */
            reference: string | null;
            /**
             * Reported at
             * Format: date-time
             */
            reportedAt: string | null;
            /**
             * Security risk
             * @enum {string|null}
             */
            riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
            /** Risk review needed */
            riskReviewNeeded: boolean | null;
            /**
             * Security category
             * @enum {string|null}
             */
            securityCategory:
              | 'malware'
              | 'unauthorised-access'
              | 'data-leakage'
              | 'denial-of-service'
              | 'vulnerability-exploitation'
              | 'physical'
              | 'other'
              | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'assessing' | 'containing' | 'reviewing' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'security-incident';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description The information security incident */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected assets */
            affectedAssetIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Availability impact
             * @enum {string|null}
             */
            availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confidentiality impact
             * @enum {string|null}
             */
            confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Containment actions */
            containmentActions: string | null;
            /** Controls to change */
            controlsToChange: string[] | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /** Eradicated */
            eradicated: boolean | null;
            /** Evidence preserved */
            evidencePreserved: boolean | null;
            /** External reporting required */
            externalReportingRequired: boolean | null;
            /** Format: uuid */
            id: string;
            /** Improvement opportunities */
            improvementOpportunities: string[] | null;
            /**
             * Incident
             * Format: uuid
             */
            incidentId: string | null;
            /** Incident number */
            incidentNumber: string | null;
            /**
             * Integrity impact
             * @enum {string|null}
             */
            integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Lessons learned */
            lessonsLearned: string | null;
            number: string;
            /** Personal data involved */
            personalDataInvolved: boolean | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Reported to */
            recipients: string | null;
            /** Recovered */
            recovered: boolean | null;
            /** Report reference */
            reference: string | null;
            /**
             * Reported at
             * Format: date-time
             */
            reportedAt: string | null;
            /**
             * Security risk
             * @enum {string|null}
             */
            riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
            /** Risk review needed */
            riskReviewNeeded: boolean | null;
            /**
             * Security category
             * @enum {string|null}
             */
            securityCategory:
              | 'malware'
              | 'unauthorised-access'
              | 'data-leakage'
              | 'denial-of-service'
              | 'vulnerability-exploitation'
              | 'physical'
              | 'other'
              | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'assessing' | 'containing' | 'reviewing' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'security-incident';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsSecurityIncidentIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The information security incident */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected assets */
            affectedAssetIds: string[] | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Availability impact
             * @enum {string|null}
             */
            availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confidentiality impact
             * @enum {string|null}
             */
            confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Containment actions */
            containmentActions: string | null;
            /** Controls to change */
            controlsToChange: string[] | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /** Eradicated */
            eradicated: boolean | null;
            /** Evidence preserved */
            evidencePreserved: boolean | null;
            /** External reporting required */
            externalReportingRequired: boolean | null;
            /** Format: uuid */
            id: string;
            /** Improvement opportunities */
            improvementOpportunities: string[] | null;
            /**
             * Incident
             * Format: uuid
             */
            incidentId: string | null;
            /** Incident number */
            incidentNumber: string | null;
            /**
             * Integrity impact
             * @enum {string|null}
             */
            integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Lessons learned */
            lessonsLearned: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /** Personal data involved */
            personalDataInvolved: boolean | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Reported to */
            recipients: string | null;
            /** Recovered */
            recovered: boolean | null;
            /** Report reference */
            reference: string | null;
            /**
             * Reported at
             * Format: date-time
             */
            reportedAt: string | null;
            /**
             * Security risk
             * @enum {string|null}
             */
            riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
            /** Risk review needed */
            riskReviewNeeded: boolean | null;
            /**
             * Security category
             * @enum {string|null}
             */
            securityCategory:
              | 'malware'
              | 'unauthorised-access'
              | 'data-leakage'
              | 'denial-of-service'
              | 'vulnerability-exploitation'
              | 'physical'
              | 'other'
              | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** @enum {string} */
            status: 'assessing' | 'containing' | 'reviewing' | 'closed';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'security-incident';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsSecurityIncidentIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsSecurityIncidentIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsSecurityIncidentExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        format?: 'xlsx' | 'csv';
        personalDataInvolved?: boolean;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        riskLevel?: 'low' | 'medium' | 'high' | 'critical';
        securityCategory?:
          | 'malware'
          | 'unauthorised-access'
          | 'data-leakage'
          | 'denial-of-service'
          | 'vulnerability-exploitation'
          | 'physical'
          | 'other';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'incidentId'
          | '-incidentId'
          | 'incidentNumber'
          | '-incidentNumber'
          | 'securityCategory'
          | '-securityCategory'
          | 'confidentialityImpact'
          | '-confidentialityImpact'
          | 'integrityImpact'
          | '-integrityImpact'
          | 'availabilityImpact'
          | '-availabilityImpact'
          | 'personalDataInvolved'
          | '-personalDataInvolved'
          | 'riskLevel'
          | '-riskLevel'
          | 'priority'
          | '-priority'
          | 'externalReportingRequired'
          | '-externalReportingRequired'
          | 'recipients'
          | '-recipients'
          | 'reportedAt'
          | '-reportedAt'
          | 'containmentActions'
          | '-containmentActions'
          | 'evidencePreserved'
          | '-evidencePreserved'
          | 'lessonsLearned'
          | '-lessonsLearned'
          | 'closedAt'
          | '-closedAt';
        status?: 'assessing' | 'containing' | 'reviewing' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsServiceRequest: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        fulfilmentGroup?: string;
        itemId?: string;
        limit?: number;
        offset?: number;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        requesterId?: string;
        requestType?: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'itemId'
          | '-itemId'
          | 'requestType'
          | '-requestType'
          | 'requesterId'
          | '-requesterId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'fulfilmentGroup'
          | '-fulfilmentGroup'
          | 'changeId'
          | '-changeId'
          | 'accessValidUntil'
          | '-accessValidUntil'
          | 'respondedAt'
          | '-respondedAt'
          | 'fulfilledAt'
          | '-fulfilledAt'
          | 'closedAt'
          | '-closedAt'
          | 'rating'
          | '-rating';
        status?:
          | 'new'
          | 'awaiting_approval'
          | 'in_fulfilment'
          | 'awaiting_change'
          | 'fulfilled'
          | 'closed'
          | 'rejected'
          | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /**
               * Access valid until
               * Format: date-time
               */
              accessValidUntil: string | null;
              /** Actions taken */
              actionsTaken: string | null;
              /** Answer */
              answer: string | null;
              /**
               * Approval policy
               * @enum {string|null}
               */
              approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
              /** Approver */
              approverId: string | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /** Reason for cancellation */
              cancelReason: string | null;
              /** Change */
              changeId: string | null;
              /**
               * Closed at
               * Format: date-time
               */
              closedAt: string | null;
              /**
               * Confirmed by
               * @enum {string|null}
               */
              confirmedBy: 'requester' | 'timeout' | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Description */
              description: string | null;
              /**
               * Fulfilled at
               * Format: date-time
               */
              fulfilledAt: string | null;
              /** Fulfilment group */
              fulfilmentGroup: string | null;
              /** Fulfilment target (catalogue item) */
              fulfilmentTarget: {
                [key: string]: unknown;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * Impact
               * @enum {string|null}
               */
              impact: '1' | '2' | '3' | null;
              /**
               * Catalogue item
               * Format: uuid
               */
              itemId: string | null;
              number: string;
              /**
               * Priority
               * @enum {string|null}
               */
              priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
              processInstanceKey: string | null;
              /** Rating */
              rating: number | null;
              /** Reason for rejection */
              rejectReason: string | null;
              /** Requester */
              requesterId: string | null;
              /**
               * Request type
               * @enum {string|null}
               */
              requestType:
                'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
              /**
               * Responded at
               * Format: date-time
               */
              respondedAt: string | null;
              serviceId: string | null;
              /** @enum {string} */
              status:
                | 'new'
                | 'awaiting_approval'
                | 'in_fulfilment'
                | 'awaiting_change'
                | 'fulfilled'
                | 'closed'
                | 'rejected'
                | 'cancelled';
              /** Title */
              title: string | null;
              /** @constant */
              type: 'service-request';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /**
               * Urgency
               * @enum {string|null}
               */
              urgency: '1' | '2' | '3' | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsServiceRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          customerId?: string;
          /** Description */
          description?: string;
          /**
           * Impact
           * @enum {string}
           */
          impact?: '1' | '2' | '3';
          /**
           * Catalogue item
           * Format: uuid
           */
          itemId?: string;
          requestId?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Title */
          title: string;
          /**
           * Urgency
           * @enum {string}
           */
          urgency?: '1' | '2' | '3';
        };
      };
    };
    responses: {
      /** @description The service request this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description The service request */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsServiceRequestIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The service request */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsServiceRequestIdOrNumberCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
        };
      };
    };
    responses: {
      /** @description The service request after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRecordsServiceRequestIdOrNumberEscalate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
        };
      };
    };
    responses: {
      /** @description The service request after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsServiceRequestIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsServiceRequestIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRecordsServiceRequestExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        format?: 'xlsx' | 'csv';
        fulfilmentGroup?: string;
        itemId?: string;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        requesterId?: string;
        requestType?: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'itemId'
          | '-itemId'
          | 'requestType'
          | '-requestType'
          | 'requesterId'
          | '-requesterId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'fulfilmentGroup'
          | '-fulfilmentGroup'
          | 'changeId'
          | '-changeId'
          | 'accessValidUntil'
          | '-accessValidUntil'
          | 'respondedAt'
          | '-respondedAt'
          | 'fulfilledAt'
          | '-fulfilledAt'
          | 'closedAt'
          | '-closedAt'
          | 'rating'
          | '-rating';
        status?:
          | 'new'
          | 'awaiting_approval'
          | 'in_fulfilment'
          | 'awaiting_change'
          | 'fulfilled'
          | 'closed'
          | 'rejected'
          | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiReferenceDataTargetImport: {
    parameters: {
      query?: {
        calendar?: string;
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path: {
        target:
          | 'customers'
          | 'services'
          | 'incident-categories'
          | 'groups'
          | 'sla-targets'
          | 'calendar-days';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'text/csv': string;
      };
    };
    responses: {
      /** @description { imported }: the rows written; calendar-days also { recalculatedClocks } */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            imported: number;
            recalculatedClocks?: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRequestItems: {
    parameters: {
      query?: {
        includeInactive?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              /** @enum {string} */
              approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security';
              approver: string | null;
              changeTemplateId: string | null;
              code: string;
              /** Format: date-time */
              createdAt: string;
              defaultImpact: number;
              defaultUrgency: number;
              formId: string | null;
              fulfilmentGroup: string;
              fulfilmentTarget: {
                amount: number;
                /** @enum {string} */
                unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
              } | null;
              /** Format: uuid */
              id: string;
              nameEn: string;
              nameZh: string;
              /** @enum {string} */
              type: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
              /** Format: date-time */
              updatedAt: string;
              withinAuthorisedScope: boolean;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRequestItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          /** @enum {string} */
          approvalPolicy?: 'none' | 'line-manager' | 'asset-owner-and-security';
          approver?: string | null;
          changeTemplateId?: string | null;
          code: string;
          defaultImpact?: number;
          defaultUrgency?: number;
          formId?: string | null;
          fulfilmentGroup: string;
          fulfilmentTarget?: {
            amount: number;
            /** @enum {string} */
            unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
          } | null;
          nameEn: string;
          nameZh: string;
          /** @enum {string} */
          type: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
          withinAuthorisedScope?: boolean;
        };
      };
    };
    responses: {
      /** @description The item */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            /** @enum {string} */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security';
            approver: string | null;
            changeTemplateId: string | null;
            code: string;
            /** Format: date-time */
            createdAt: string;
            defaultImpact: number;
            defaultUrgency: number;
            formId: string | null;
            fulfilmentGroup: string;
            fulfilmentTarget: {
              amount: number;
              /** @enum {string} */
              unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
            } | null;
            /** Format: uuid */
            id: string;
            nameEn: string;
            nameZh: string;
            /** @enum {string} */
            type: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
            /** Format: date-time */
            updatedAt: string;
            withinAuthorisedScope: boolean;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRequestItemsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            /** @enum {string} */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security';
            approver: string | null;
            changeTemplateId: string | null;
            code: string;
            /** Format: date-time */
            createdAt: string;
            defaultImpact: number;
            defaultUrgency: number;
            formId: string | null;
            fulfilmentGroup: string;
            fulfilmentTarget: {
              amount: number;
              /** @enum {string} */
              unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
            } | null;
            /** Format: uuid */
            id: string;
            nameEn: string;
            nameZh: string;
            /** @enum {string} */
            type: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
            /** Format: date-time */
            updatedAt: string;
            withinAuthorisedScope: boolean;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiRequestItemsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deactivated item */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            /** @enum {string} */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security';
            approver: string | null;
            changeTemplateId: string | null;
            code: string;
            /** Format: date-time */
            createdAt: string;
            defaultImpact: number;
            defaultUrgency: number;
            formId: string | null;
            fulfilmentGroup: string;
            fulfilmentTarget: {
              amount: number;
              /** @enum {string} */
              unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
            } | null;
            /** Format: uuid */
            id: string;
            nameEn: string;
            nameZh: string;
            /** @enum {string} */
            type: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
            /** Format: date-time */
            updatedAt: string;
            withinAuthorisedScope: boolean;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiRequestItemsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          /** @enum {string} */
          approvalPolicy?: 'none' | 'line-manager' | 'asset-owner-and-security';
          approver?: string | null;
          changeTemplateId?: string | null;
          code?: string;
          defaultImpact?: number;
          defaultUrgency?: number;
          formId?: string | null;
          fulfilmentGroup?: string;
          fulfilmentTarget?: {
            amount: number;
            /** @enum {string} */
            unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
          } | null;
          nameEn?: string;
          nameZh?: string;
          /** @enum {string} */
          type?: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
          withinAuthorisedScope?: boolean;
        };
      };
    };
    responses: {
      /** @description The item */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            /** @enum {string} */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security';
            approver: string | null;
            changeTemplateId: string | null;
            code: string;
            /** Format: date-time */
            createdAt: string;
            defaultImpact: number;
            defaultUrgency: number;
            formId: string | null;
            fulfilmentGroup: string;
            fulfilmentTarget: {
              amount: number;
              /** @enum {string} */
              unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
            } | null;
            /** Format: uuid */
            id: string;
            nameEn: string;
            nameZh: string;
            /** @enum {string} */
            type: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
            /** Format: date-time */
            updatedAt: string;
            withinAuthorisedScope: boolean;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRoutingRules: {
    parameters: {
      query?: {
        includeInactive?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              assignmentGroup: string;
              categoryCode: string | null;
              ciType: string | null;
              id: string;
              rank: number;
              serviceId: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRoutingRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignmentGroup: string;
          categoryCode?: string | null;
          ciType?: string | null;
          rank?: number;
          /** Format: uuid */
          serviceId?: string | null;
        };
      };
    };
    responses: {
      /** @description The rule */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            assignmentGroup: string;
            categoryCode: string | null;
            ciType: string | null;
            id: string;
            rank: number;
            serviceId: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiRoutingRulesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            assignmentGroup: string;
            categoryCode: string | null;
            ciType: string | null;
            id: string;
            rank: number;
            serviceId: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiRoutingRulesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          assignmentGroup?: string;
          categoryCode?: string | null;
          ciType?: string | null;
          rank?: number;
          /** Format: uuid */
          serviceId?: string | null;
        };
      };
    };
    responses: {
      /** @description The rule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            assignmentGroup: string;
            categoryCode: string | null;
            ciType: string | null;
            id: string;
            rank: number;
            serviceId: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiRoutingRulesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deactivated rule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            assignmentGroup: string;
            categoryCode: string | null;
            ciType: string | null;
            id: string;
            rank: number;
            serviceId: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSecurityIncidents: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        limit?: number;
        offset?: number;
        personalDataInvolved?: boolean;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        riskLevel?: 'low' | 'medium' | 'high' | 'critical';
        securityCategory?:
          | 'malware'
          | 'unauthorised-access'
          | 'data-leakage'
          | 'denial-of-service'
          | 'vulnerability-exploitation'
          | 'physical'
          | 'other';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'incidentId'
          | '-incidentId'
          | 'incidentNumber'
          | '-incidentNumber'
          | 'securityCategory'
          | '-securityCategory'
          | 'confidentialityImpact'
          | '-confidentialityImpact'
          | 'integrityImpact'
          | '-integrityImpact'
          | 'availabilityImpact'
          | '-availabilityImpact'
          | 'personalDataInvolved'
          | '-personalDataInvolved'
          | 'riskLevel'
          | '-riskLevel'
          | 'priority'
          | '-priority'
          | 'externalReportingRequired'
          | '-externalReportingRequired'
          | 'recipients'
          | '-recipients'
          | 'reportedAt'
          | '-reportedAt'
          | 'containmentActions'
          | '-containmentActions'
          | 'evidencePreserved'
          | '-evidencePreserved'
          | 'lessonsLearned'
          | '-lessonsLearned'
          | 'closedAt'
          | '-closedAt';
        status?: 'assessing' | 'containing' | 'reviewing' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Affected assets */
              affectedAssetIds: string[] | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /**
               * Availability impact
               * @enum {string|null}
               */
              availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
              /**
               * Closed at
               * Format: date-time
               */
              closedAt: string | null;
              /**
               * Confidentiality impact
               * @enum {string|null}
               */
              confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
              /** Containment actions */
              containmentActions: string | null;
              /** Controls to change */
              controlsToChange: string[] | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Description */
              description: string | null;
              /** Eradicated */
              eradicated: boolean | null;
              /** Evidence preserved */
              evidencePreserved: boolean | null;
              /** External reporting required */
              externalReportingRequired: boolean | null;
              /** Format: uuid */
              id: string;
              /** Improvement opportunities */
              improvementOpportunities: string[] | null;
              /**
               * Incident
               * Format: uuid
               */
              incidentId: string | null;
              /** Incident number */
              incidentNumber: string | null;
              /**
               * Integrity impact
               * @enum {string|null}
               */
              integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
              /** Lessons learned */
              lessonsLearned: string | null;
              number: string;
              /** Personal data involved */
              personalDataInvolved: boolean | null;
              /**
               * Priority
               * @enum {string|null}
               */
              priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
              processInstanceKey: string | null;
              /** Reported to */
              recipients: string | null;
              /** Recovered */
              recovered: boolean | null;
              /** Report reference */
              reference: string | null;
              /**
               * Reported at
               * Format: date-time
               */
              reportedAt: string | null;
              /**
               * Security risk
               * @enum {string|null}
               */
              riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
              /** Risk review needed */
              riskReviewNeeded: boolean | null;
              /**
               * Security category
               * @enum {string|null}
               */
              securityCategory:
                | 'malware'
                | 'unauthorised-access'
                | 'data-leakage'
                | 'denial-of-service'
                | 'vulnerability-exploitation'
                | 'physical'
                | 'other'
                | null;
              serviceId: string | null;
              /** @enum {string} */
              status: 'assessing' | 'containing' | 'reviewing' | 'closed';
              /** Title */
              title: string | null;
              /** @constant */
              type: 'security-incident';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSecurityIncidents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          customerId?: string;
          /** Description */
          description?: string;
          requestId?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Title */
          title: string;
        };
      };
    };
    responses: {
      /** @description The information security incident this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected assets */
            affectedAssetIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Availability impact
             * @enum {string|null}
             */
            availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confidentiality impact
             * @enum {string|null}
             */
            confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Containment actions */
            containmentActions: string | null;
            /** Controls to change */
            controlsToChange: string[] | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /** Eradicated */
            eradicated: boolean | null;
            /** Evidence preserved */
            evidencePreserved: boolean | null;
            /** External reporting required */
            externalReportingRequired: boolean | null;
            /** Format: uuid */
            id: string;
            /** Improvement opportunities */
            improvementOpportunities: string[] | null;
            /**
             * Incident
             * Format: uuid
             */
            incidentId: string | null;
            /** Incident number */
            incidentNumber: string | null;
            /**
             * Integrity impact
             * @enum {string|null}
             */
            integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Lessons learned */
            lessonsLearned: string | null;
            number: string;
            /** Personal data involved */
            personalDataInvolved: boolean | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Reported to */
            recipients: string | null;
            /** Recovered */
            recovered: boolean | null;
            /** Report reference */
            reference: string | null;
            /**
             * Reported at
             * Format: date-time
             */
            reportedAt: string | null;
            /**
             * Security risk
             * @enum {string|null}
             */
            riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
            /** Risk review needed */
            riskReviewNeeded: boolean | null;
            /**
             * Security category
             * @enum {string|null}
             */
            securityCategory:
              | 'malware'
              | 'unauthorised-access'
              | 'data-leakage'
              | 'denial-of-service'
              | 'vulnerability-exploitation'
              | 'physical'
              | 'other'
              | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'assessing' | 'containing' | 'reviewing' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'security-incident';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description The information security incident */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected assets */
            affectedAssetIds: string[] | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Availability impact
             * @enum {string|null}
             */
            availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confidentiality impact
             * @enum {string|null}
             */
            confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Containment actions */
            containmentActions: string | null;
            /** Controls to change */
            controlsToChange: string[] | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /** Eradicated */
            eradicated: boolean | null;
            /** Evidence preserved */
            evidencePreserved: boolean | null;
            /** External reporting required */
            externalReportingRequired: boolean | null;
            /** Format: uuid */
            id: string;
            /** Improvement opportunities */
            improvementOpportunities: string[] | null;
            /**
             * Incident
             * Format: uuid
             */
            incidentId: string | null;
            /** Incident number */
            incidentNumber: string | null;
            /**
             * Integrity impact
             * @enum {string|null}
             */
            integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Lessons learned */
            lessonsLearned: string | null;
            number: string;
            /** Personal data involved */
            personalDataInvolved: boolean | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Reported to */
            recipients: string | null;
            /** Recovered */
            recovered: boolean | null;
            /** Report reference */
            reference: string | null;
            /**
             * Reported at
             * Format: date-time
             */
            reportedAt: string | null;
            /**
             * Security risk
             * @enum {string|null}
             */
            riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
            /** Risk review needed */
            riskReviewNeeded: boolean | null;
            /**
             * Security category
             * @enum {string|null}
             */
            securityCategory:
              | 'malware'
              | 'unauthorised-access'
              | 'data-leakage'
              | 'denial-of-service'
              | 'vulnerability-exploitation'
              | 'physical'
              | 'other'
              | null;
            serviceId: string | null;
            /** @enum {string} */
            status: 'assessing' | 'containing' | 'reviewing' | 'closed';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'security-incident';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSecurityIncidentsIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The information security incident */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Affected assets */
            affectedAssetIds: string[] | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            assignee: string | null;
            assignmentGroup: string | null;
            /**
             * Availability impact
             * @enum {string|null}
             */
            availabilityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confidentiality impact
             * @enum {string|null}
             */
            confidentialityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Containment actions */
            containmentActions: string | null;
            /** Controls to change */
            controlsToChange: string[] | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /** Eradicated */
            eradicated: boolean | null;
            /** Evidence preserved */
            evidencePreserved: boolean | null;
            /** External reporting required */
            externalReportingRequired: boolean | null;
            /** Format: uuid */
            id: string;
            /** Improvement opportunities */
            improvementOpportunities: string[] | null;
            /**
             * Incident
             * Format: uuid
             */
            incidentId: string | null;
            /** Incident number */
            incidentNumber: string | null;
            /**
             * Integrity impact
             * @enum {string|null}
             */
            integrityImpact: 'none' | 'low' | 'medium' | 'high' | null;
            /** Lessons learned */
            lessonsLearned: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /** Personal data involved */
            personalDataInvolved: boolean | null;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Reported to */
            recipients: string | null;
            /** Recovered */
            recovered: boolean | null;
            /** Report reference */
            reference: string | null;
            /**
             * Reported at
             * Format: date-time
             */
            reportedAt: string | null;
            /**
             * Security risk
             * @enum {string|null}
             */
            riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
            /** Risk review needed */
            riskReviewNeeded: boolean | null;
            /**
             * Security category
             * @enum {string|null}
             */
            securityCategory:
              | 'malware'
              | 'unauthorised-access'
              | 'data-leakage'
              | 'denial-of-service'
              | 'vulnerability-exploitation'
              | 'physical'
              | 'other'
              | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** @enum {string} */
            status: 'assessing' | 'containing' | 'reviewing' | 'closed';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'security-incident';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSecurityIncidentsIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSecurityIncidentsIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSecurityIncidentsExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        format?: 'xlsx' | 'csv';
        personalDataInvolved?: boolean;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        riskLevel?: 'low' | 'medium' | 'high' | 'critical';
        securityCategory?:
          | 'malware'
          | 'unauthorised-access'
          | 'data-leakage'
          | 'denial-of-service'
          | 'vulnerability-exploitation'
          | 'physical'
          | 'other';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'incidentId'
          | '-incidentId'
          | 'incidentNumber'
          | '-incidentNumber'
          | 'securityCategory'
          | '-securityCategory'
          | 'confidentialityImpact'
          | '-confidentialityImpact'
          | 'integrityImpact'
          | '-integrityImpact'
          | 'availabilityImpact'
          | '-availabilityImpact'
          | 'personalDataInvolved'
          | '-personalDataInvolved'
          | 'riskLevel'
          | '-riskLevel'
          | 'priority'
          | '-priority'
          | 'externalReportingRequired'
          | '-externalReportingRequired'
          | 'recipients'
          | '-recipients'
          | 'reportedAt'
          | '-reportedAt'
          | 'containmentActions'
          | '-containmentActions'
          | 'evidencePreserved'
          | '-evidencePreserved'
          | 'lessonsLearned'
          | '-lessonsLearned'
          | 'closedAt'
          | '-closedAt';
        status?: 'assessing' | 'containing' | 'reviewing' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiServiceRequests: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        fulfilmentGroup?: string;
        itemId?: string;
        limit?: number;
        offset?: number;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        requesterId?: string;
        requestType?: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'itemId'
          | '-itemId'
          | 'requestType'
          | '-requestType'
          | 'requesterId'
          | '-requesterId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'fulfilmentGroup'
          | '-fulfilmentGroup'
          | 'changeId'
          | '-changeId'
          | 'accessValidUntil'
          | '-accessValidUntil'
          | 'respondedAt'
          | '-respondedAt'
          | 'fulfilledAt'
          | '-fulfilledAt'
          | 'closedAt'
          | '-closedAt'
          | 'rating'
          | '-rating';
        status?:
          | 'new'
          | 'awaiting_approval'
          | 'in_fulfilment'
          | 'awaiting_change'
          | 'fulfilled'
          | 'closed'
          | 'rejected'
          | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /**
               * Access valid until
               * Format: date-time
               */
              accessValidUntil: string | null;
              /** Actions taken */
              actionsTaken: string | null;
              /** Answer */
              answer: string | null;
              /**
               * Approval policy
               * @enum {string|null}
               */
              approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
              /** Approver */
              approverId: string | null;
              assignee: string | null;
              assignmentGroup: string | null;
              /** Reason for cancellation */
              cancelReason: string | null;
              /** Change */
              changeId: string | null;
              /**
               * Closed at
               * Format: date-time
               */
              closedAt: string | null;
              /**
               * Confirmed by
               * @enum {string|null}
               */
              confirmedBy: 'requester' | 'timeout' | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              customerId: string | null;
              /** Description */
              description: string | null;
              /**
               * Fulfilled at
               * Format: date-time
               */
              fulfilledAt: string | null;
              /** Fulfilment group */
              fulfilmentGroup: string | null;
              /** Fulfilment target (catalogue item) */
              fulfilmentTarget: {
                [key: string]: unknown;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * Impact
               * @enum {string|null}
               */
              impact: '1' | '2' | '3' | null;
              /**
               * Catalogue item
               * Format: uuid
               */
              itemId: string | null;
              number: string;
              /**
               * Priority
               * @enum {string|null}
               */
              priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
              processInstanceKey: string | null;
              /** Rating */
              rating: number | null;
              /** Reason for rejection */
              rejectReason: string | null;
              /** Requester */
              requesterId: string | null;
              /**
               * Request type
               * @enum {string|null}
               */
              requestType:
                'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
              /**
               * Responded at
               * Format: date-time
               */
              respondedAt: string | null;
              serviceId: string | null;
              /** @enum {string} */
              status:
                | 'new'
                | 'awaiting_approval'
                | 'in_fulfilment'
                | 'awaiting_change'
                | 'fulfilled'
                | 'closed'
                | 'rejected'
                | 'cancelled';
              /** Title */
              title: string | null;
              /** @constant */
              type: 'service-request';
              /** Format: date-time */
              updatedAt: string;
              updatedBy: string;
              /**
               * Urgency
               * @enum {string|null}
               */
              urgency: '1' | '2' | '3' | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiServiceRequests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          customerId?: string;
          /** Description */
          description?: string;
          /**
           * Impact
           * @enum {string}
           */
          impact?: '1' | '2' | '3';
          /**
           * Catalogue item
           * Format: uuid
           */
          itemId?: string;
          requestId?: string;
          /** Format: uuid */
          serviceId?: string;
          /** Title */
          title: string;
          /**
           * Urgency
           * @enum {string}
           */
          urgency?: '1' | '2' | '3';
        };
      };
    };
    responses: {
      /** @description The service request this request created before (the same request again) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description The service request */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiServiceRequestsIdOrNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The service request */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            approvals: {
              comment: string | null;
              /** Format: date-time */
              decidedAt: string;
              decidedBy: string;
              decidedByName: string;
              /** @enum {string} */
              decision: 'approve' | 'reject' | 'return';
              round: number;
              step: number;
            }[];
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            links: {
              number: string;
              relation: string;
              type: string;
            }[];
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            processInstances: {
              key: string;
              processId: string;
              state: string;
              version: number;
            }[];
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            sla: {
              breached: boolean;
              clockType: string;
              dueAt: string | null;
              pausedAt: string | null;
              startedAt: string | null;
              state: string;
              stoppedAt: string | null;
              targetMinutes: number;
            }[];
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            tasks: {
              assignee: string | null;
              candidateGroups: string[];
              elementId: string;
              id: string;
              name: string | null;
            }[];
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiServiceRequestsIdOrNumberCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
        };
      };
    };
    responses: {
      /** @description The service request after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiServiceRequestsIdOrNumberEscalate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string;
        };
      };
    };
    responses: {
      /** @description The service request after the command */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Access valid until
             * Format: date-time
             */
            accessValidUntil: string | null;
            /** Actions taken */
            actionsTaken: string | null;
            /** Answer */
            answer: string | null;
            /**
             * Approval policy
             * @enum {string|null}
             */
            approvalPolicy: 'none' | 'line-manager' | 'asset-owner-and-security' | null;
            /** Approver */
            approverId: string | null;
            assignee: string | null;
            assignmentGroup: string | null;
            /** Reason for cancellation */
            cancelReason: string | null;
            /** Change */
            changeId: string | null;
            /**
             * Closed at
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Confirmed by
             * @enum {string|null}
             */
            confirmedBy: 'requester' | 'timeout' | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            customerId: string | null;
            /** Description */
            description: string | null;
            /**
             * Fulfilled at
             * Format: date-time
             */
            fulfilledAt: string | null;
            /** Fulfilment group */
            fulfilmentGroup: string | null;
            /** Fulfilment target (catalogue item) */
            fulfilmentTarget: {
              [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /**
             * Impact
             * @enum {string|null}
             */
            impact: '1' | '2' | '3' | null;
            /**
             * Catalogue item
             * Format: uuid
             */
            itemId: string | null;
            number: string;
            /**
             * Priority
             * @enum {string|null}
             */
            priority: 'P1' | 'P2' | 'P3' | 'P4' | null;
            processInstanceKey: string | null;
            /** Rating */
            rating: number | null;
            /** Reason for rejection */
            rejectReason: string | null;
            /** Requester */
            requesterId: string | null;
            /**
             * Request type
             * @enum {string|null}
             */
            requestType: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change' | null;
            /**
             * Responded at
             * Format: date-time
             */
            respondedAt: string | null;
            serviceId: string | null;
            /** @enum {string} */
            status:
              | 'new'
              | 'awaiting_approval'
              | 'in_fulfilment'
              | 'awaiting_change'
              | 'fulfilled'
              | 'closed'
              | 'rejected'
              | 'cancelled';
            /** Title */
            title: string | null;
            /** @constant */
            type: 'service-request';
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * Urgency
             * @enum {string|null}
             */
            urgency: '1' | '2' | '3' | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiServiceRequestsIdOrNumberHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ at, actor, actorName, action, text, details }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: string;
              actorName: string;
              at: string;
              details?: unknown;
              text: {
                en: string;
                'zh-CN': string;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiServiceRequestsIdOrNumberLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, number, relation }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              number: string;
              relation: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiServiceRequestsExport: {
    parameters: {
      query?: {
        assignee?: string;
        assignmentGroup?: string;
        format?: 'xlsx' | 'csv';
        fulfilmentGroup?: string;
        itemId?: string;
        priority?: 'P1' | 'P2' | 'P3' | 'P4';
        q?: string;
        requesterId?: string;
        requestType?: 'information' | 'advice' | 'enquiry' | 'access' | 'standard-change';
        sort?:
          | 'number'
          | '-number'
          | 'status'
          | '-status'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'assignee'
          | '-assignee'
          | 'assignmentGroup'
          | '-assignmentGroup'
          | 'title'
          | '-title'
          | 'itemId'
          | '-itemId'
          | 'requestType'
          | '-requestType'
          | 'requesterId'
          | '-requesterId'
          | 'impact'
          | '-impact'
          | 'urgency'
          | '-urgency'
          | 'priority'
          | '-priority'
          | 'fulfilmentGroup'
          | '-fulfilmentGroup'
          | 'changeId'
          | '-changeId'
          | 'accessValidUntil'
          | '-accessValidUntil'
          | 'respondedAt'
          | '-respondedAt'
          | 'fulfilledAt'
          | '-fulfilledAt'
          | 'closedAt'
          | '-closedAt'
          | 'rating'
          | '-rating';
        status?:
          | 'new'
          | 'awaiting_approval'
          | 'in_fulfilment'
          | 'awaiting_change'
          | 'fulfilled'
          | 'closed'
          | 'rejected'
          | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment); 400 beyond 50 000 rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiServices: {
    parameters: {
      query?: {
        customerId?: string;
        includeInactive?: boolean;
        limit?: number;
        offset?: number;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              calendarCode: string | null;
              code: string;
              critical: boolean;
              customerIds?: string[];
              id: string;
              nameEn: string;
              nameZh: string;
              owner: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiServices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          calendarCode?: string | null;
          code: string;
          critical?: boolean;
          nameEn: string;
          nameZh: string;
          owner?: string | null;
        };
      };
    };
    responses: {
      /** @description The service */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            calendarCode: string | null;
            code: string;
            critical: boolean;
            customerIds?: string[];
            id: string;
            nameEn: string;
            nameZh: string;
            owner: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiServicesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The service */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            calendarCode: string | null;
            code: string;
            critical: boolean;
            customerIds?: string[];
            id: string;
            nameEn: string;
            nameZh: string;
            owner: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiServicesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          calendarCode?: string | null;
          code?: string;
          critical?: boolean;
          nameEn?: string;
          nameZh?: string;
          owner?: string | null;
        };
      };
    };
    responses: {
      /** @description The service */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            calendarCode: string | null;
            code: string;
            critical: boolean;
            customerIds?: string[];
            id: string;
            nameEn: string;
            nameZh: string;
            owner: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiServicesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deactivated service */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            calendarCode: string | null;
            code: string;
            critical: boolean;
            customerIds?: string[];
            id: string;
            nameEn: string;
            nameZh: string;
            owner: string | null;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSettingsKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { key, value, stored, updatedAt, updatedBy }; a setting with a shipped default answers it (stored: false) while no admin has set one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            stored: boolean;
            updatedAt: string | null;
            updatedBy: string | null;
            value: unknown;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiSettingsKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          value: unknown;
        };
      };
    };
    responses: {
      /** @description { key, value, updatedAt, updatedBy } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            stored: boolean;
            updatedAt: string | null;
            updatedBy: string | null;
            value: unknown;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSlaTargets: {
    parameters: {
      query?: {
        customerId?: string;
        includeInactive?: boolean;
        recordType?: 'service-request' | 'complaint' | 'incident' | 'problem';
        serviceId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active?: boolean;
              calendar: string;
              clockType: string;
              customerId: string | null;
              duration: {
                amount: number;
                unit: string;
              };
              id: string;
              priority: string | null;
              recordType: string;
              serviceId: string | null;
              thresholds: number[];
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSlaTargets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          calendar: string;
          /** @enum {string} */
          clockType:
            'response' | 'fulfilment' | 'complaint-ack' | 'complaint-close' | 'resolution' | 'rca';
          /** Format: uuid */
          customerId?: string | null;
          duration: {
            amount: number;
            /** @enum {string} */
            unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
          };
          /** @enum {string|null} */
          priority?: 'P1' | 'P2' | 'P3' | 'P4' | null;
          /** @enum {string} */
          recordType: 'service-request' | 'complaint' | 'incident' | 'problem';
          /** Format: uuid */
          serviceId?: string | null;
          /** @description Two ascending warning levels in percent, then 100 (the breach), e.g. [60, 90, 100] */
          thresholds?: number[];
        } & (unknown & unknown & unknown & unknown);
      };
    };
    responses: {
      /** @description The target */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active?: boolean;
            calendar: string;
            clockType: string;
            customerId: string | null;
            duration: {
              amount: number;
              unit: string;
            };
            id: string;
            priority: string | null;
            recordType: string;
            serviceId: string | null;
            thresholds: number[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSlaTargetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The target */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active?: boolean;
            calendar: string;
            clockType: string;
            customerId: string | null;
            duration: {
              amount: number;
              unit: string;
            };
            id: string;
            priority: string | null;
            recordType: string;
            serviceId: string | null;
            thresholds: number[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiSlaTargetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          calendar?: string;
          duration?: {
            amount: number;
            /** @enum {string} */
            unit: 'minutes' | 'hours' | 'business_hours' | 'business_days';
          };
          /** @description Two ascending warning levels in percent, then 100 (the breach), e.g. [60, 90, 100] */
          thresholds?: number[];
        };
      };
    };
    responses: {
      /** @description The target */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active?: boolean;
            calendar: string;
            clockType: string;
            customerId: string | null;
            duration: {
              amount: number;
              unit: string;
            };
            id: string;
            priority: string | null;
            recordType: string;
            serviceId: string | null;
            thresholds: number[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiSlaTargetsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deactivated target */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active?: boolean;
            calendar: string;
            clockType: string;
            customerId: string | null;
            duration: {
              amount: number;
              unit: string;
            };
            id: string;
            priority: string | null;
            recordType: string;
            serviceId: string | null;
            thresholds: number[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSlaCompliance: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { from, to, items: [{ priority, clockType, met, total, rate }], breachedOpen: [{ priority, clockType, count }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            breachedOpen: {
              clockType: string;
              count: number;
              priority: string;
            }[];
            /** Format: date-time */
            from: string;
            items: {
              clockType: string;
              met: number;
              priority: string;
              rate: number | null;
              total: number;
            }[];
            /** Format: date-time */
            to: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTasks: {
    parameters: {
      query?: {
        assignee?: string;
        limit?: number;
        offset?: number;
        queue?: string;
        record?: string;
        state?: 'open' | 'completed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Task'][];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTasksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetail'];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiTasksIdClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task, assigned to the caller */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiTasksIdComplete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          data: Record<string, unknown>;
        };
      };
    };
    responses: {
      /** @description The completed task */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiTasksIdUnclaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task, unassigned */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTasksQueues: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ queue, open }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              open: number;
              queue: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiUsersUsernameIdentities: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          issuer?: string;
          subject: string;
        };
      };
    };
    responses: {
      /** @description { username, identities: [{ issuer, subject }] } */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            identities: {
              issuer: string;
              subject: string;
            }[];
            username: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              description: string | null;
              enabled: boolean;
              events: (
                | 'record.created'
                | 'record.status-changed'
                | 'task.created'
                | 'task.completed'
                | 'sla.threshold-reached'
                | 'sla.breached'
                | 'process.incident-raised'
              )[];
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              updatedAt: string;
              url: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string | null;
          enabled?: boolean;
          events: (
            | 'record.created'
            | 'record.status-changed'
            | 'task.created'
            | 'task.completed'
            | 'sla.threshold-reached'
            | 'sla.breached'
            | 'process.incident-raised'
          )[];
          /** @description An absolute http:// or https:// URL without a user name or password */
          url: string;
        };
      };
    };
    responses: {
      /** @description The subscription with its secret */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            enabled: boolean;
            events: (
              | 'record.created'
              | 'record.status-changed'
              | 'task.created'
              | 'task.completed'
              | 'sla.threshold-reached'
              | 'sla.breached'
              | 'process.incident-raised'
            )[];
            /** Format: uuid */
            id: string;
            /** @description HMAC-SHA256 key; shown only in this answer */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiWebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            enabled: boolean;
            events: (
              | 'record.created'
              | 'record.status-changed'
              | 'task.created'
              | 'task.completed'
              | 'sla.threshold-reached'
              | 'sla.breached'
              | 'process.incident-raised'
            )[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiWebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiWebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string | null;
          enabled?: boolean;
          events?: (
            | 'record.created'
            | 'record.status-changed'
            | 'task.created'
            | 'task.completed'
            | 'sla.threshold-reached'
            | 'sla.breached'
            | 'process.incident-raised'
          )[];
          /** @description An absolute http:// or https:// URL without a user name or password */
          url?: string;
        };
      };
    };
    responses: {
      /** @description The subscription */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            enabled: boolean;
            events: (
              | 'record.created'
              | 'record.status-changed'
              | 'task.created'
              | 'task.completed'
              | 'sla.threshold-reached'
              | 'sla.breached'
              | 'process.incident-raised'
            )[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiWebhooksIdDeliveries: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items, total } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attempts: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              eventId: string;
              eventType: string;
              id: string;
              idempotencyKey: string;
              lastError: string | null;
              lastStatusCode: number | null;
              log: {
                /** Format: date-time */
                at: string;
                attempt: number;
                durationMs: number;
                error: string | null;
                statusCode: number | null;
              }[];
              /** Format: date-time */
              nextAttemptAt: string;
              /** @enum {string} */
              status: 'pending' | 'sending' | 'delivered' | 'failed';
              /** Format: uuid */
              subscriptionId: string;
            }[];
            total: number;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiWebhooksIdRotateSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 24 */
          graceHours?: number;
        };
      };
    };
    responses: {
      /** @description The subscription with its new secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            enabled: boolean;
            events: (
              | 'record.created'
              | 'record.status-changed'
              | 'task.created'
              | 'task.completed'
              | 'sla.threshold-reached'
              | 'sla.breached'
              | 'process.incident-raised'
            )[];
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Until when deliveries also carry the old secret's signature (null: not at all)
             */
            previousSecretValidUntil: string | null;
            /** @description The new HMAC-SHA256 key; shown only in this answer */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiWebhooksIdTest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, unknown>;
      };
    };
    responses: {
      /** @description The queued delivery */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            eventId: string;
            eventType: string;
            id: string;
            idempotencyKey: string;
            lastError: string | null;
            lastStatusCode: number | null;
            /** Format: date-time */
            nextAttemptAt: string;
            /** @enum {string} */
            status: 'pending' | 'sending' | 'delivered' | 'failed';
            /** Format: uuid */
            subscriptionId: string;
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiWorkers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ type, description, input, output, bpmnErrors, retired? }] } (retired: what replaced a job type that only instances of earlier diagram versions still use) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              bpmnErrors: string[];
              description: string;
              input: Record<string, unknown>;
              output: Record<string, unknown>;
              retired?: string;
              type: string;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiWorkersUnserved: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { items: [{ jobType, processId, version, activeInstances }] } (empty when every deployed version is served) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              activeInstances: number;
              jobType: string;
              processId: string;
              version: number;
            }[];
          };
        };
      };
      /** @description Invalid input; each field named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Method not declared for this path (the Allow header lists the declared ones) */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed in the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Server fault */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The engine or the database is unavailable, or the process is not deployed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
