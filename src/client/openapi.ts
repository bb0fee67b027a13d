// Generated from GET /openapi.json by `npm run openapi`; do not edit.
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where to go: the console, the API reference, the OpenAPI document */
        get: operations["get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server health, dependency by dependency */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 503 while the store is unreachable */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the applications the token can reach */
        get: operations["getApplications"];
        put?: never;
        /** Create a new application */
        post: operations["postApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves information on an application */
        get: operations["getApplicationsByApplicationId"];
        put?: never;
        post?: never;
        /** Deletes an application and everything in it */
        delete: operations["deleteApplicationsByApplicationId"];
        options?: never;
        head?: never;
        /** Updates information about an application */
        patch: operations["patchApplicationsByApplicationId"];
        trace?: never;
    };
    "/applications/{applicationId}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the integrations for an application */
        get: operations["getApplicationsByApplicationIdIntegrations"];
        put?: never;
        /** Create a new integration for an application */
        post: operations["postApplicationsByApplicationIdIntegrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/integrations/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves information on an integration */
        get: operations["getApplicationsByApplicationIdIntegrationsByIntegrationId"];
        put?: never;
        post?: never;
        /** Deletes an integration */
        delete: operations["deleteApplicationsByApplicationIdIntegrationsByIntegrationId"];
        options?: never;
        head?: never;
        /** Updates information about an integration */
        patch: operations["patchApplicationsByApplicationIdIntegrationsByIntegrationId"];
        trace?: never;
    };
    "/applications/{applicationId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the API tokens for an application */
        get: operations["getApplicationsByApplicationIdTokens"];
        put?: never;
        /** Create a new API token for an application; the token string is returned only here */
        post: operations["postApplicationsByApplicationIdTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/tokens/{apiTokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves information on an API token */
        get: operations["getApplicationsByApplicationIdTokensByApiTokenId"];
        put?: never;
        post?: never;
        /** Deletes an API token */
        delete: operations["deleteApplicationsByApplicationIdTokensByApiTokenId"];
        options?: never;
        head?: never;
        /** Updates an API token (name, description, status) */
        patch: operations["patchApplicationsByApplicationIdTokensByApiTokenId"];
        trace?: never;
    };
    "/applications/{applicationId}/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the workflows for an application */
        get: operations["getApplicationsByApplicationIdFlows"];
        put?: never;
        /** Create a new workflow */
        post: operations["postApplicationsByApplicationIdFlows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/flows/{flowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves information on a workflow */
        get: operations["getApplicationsByApplicationIdFlowsByFlowId"];
        put?: never;
        post?: never;
        /** Deletes a workflow */
        delete: operations["deleteApplicationsByApplicationIdFlowsByFlowId"];
        options?: never;
        head?: never;
        /** Updates a workflow */
        patch: operations["patchApplicationsByApplicationIdFlowsByFlowId"];
        trace?: never;
    };
    "/applications/{applicationId}/flows/{flowId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve the recent log entries about runs of this workflow */
        get: operations["getApplicationsByApplicationIdFlowsByFlowIdLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/flows/{flowId}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get information about errors that occurred during runs of this workflow */
        get: operations["getApplicationsByApplicationIdFlowsByFlowIdErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/flows/{flowId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the latest runs of this workflow, with their debug output and node errors */
        get: operations["getApplicationsByApplicationIdFlowsByFlowIdRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all integrations */
        get: operations["getV1Integrations"];
        put?: never;
        /** Create an integration */
        post: operations["postV1Integrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Install a template ZIP (from GET /integrations/{_id}/template) as a new integration (Junction) */
        post: operations["postV1IntegrationsTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a specific integration */
        get: operations["getV1IntegrationsById"];
        /** Update a specific integration (full replace) */
        put: operations["putV1IntegrationsById"];
        post?: never;
        /** Delete a specific integration */
        delete: operations["deleteV1IntegrationsById"];
        options?: never;
        head?: never;
        /** Update part of a specific integration (JSON Patch) */
        patch: operations["patchV1IntegrationsById"];
        trace?: never;
    };
    "/v1/integrations/{_id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clone a specific integration */
        post: operations["postV1IntegrationsByIdClone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an integration: a signed link to its ZIP */
        get: operations["getV1IntegrationsByIdTemplate"];
        put?: never;
        /** Download an integration: a signed link to its ZIP */
        post: operations["postV1IntegrationsByIdTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get flows associated with an integration */
        get: operations["getV1IntegrationsByIdFlows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get connections registered to an integration */
        get: operations["getV1IntegrationsByIdConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get exports the integration's flows use */
        get: operations["getV1IntegrationsByIdExports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get imports the integration's flows use */
        get: operations["getV1IntegrationsByIdImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/connections/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Register multiple connections at one time to an integration */
        put: operations["putV1IntegrationsByIdConnectionsRegister"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/connections/{_connectionId}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Register a connection to an integration */
        put: operations["putV1IntegrationsByIdConnectionsByConnectionIdRegister"];
        post?: never;
        /** Unregister a connection from an integration */
        delete: operations["deleteV1IntegrationsByIdConnectionsByConnectionIdRegister"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all resources using or used by this integration */
        get: operations["getV1IntegrationsByIdDependencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/installSteps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Display the installSteps */
        get: operations["getV1IntegrationsByIdInstallSteps"];
        put?: never;
        /** Complete the current step of the installSteps */
        post: operations["postV1IntegrationsByIdInstallSteps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/uninstallSteps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Display the uninstallSteps */
        get: operations["getV1IntegrationsByIdUninstallSteps"];
        put?: never;
        /** Complete the current step of the uninstallSteps */
        post: operations["postV1IntegrationsByIdUninstallSteps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/revisions/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a snapshot of a specific integration */
        post: operations["postV1IntegrationsByIdRevisionsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revisions of an integration, newest first */
        get: operations["getV1IntegrationsByIdRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/revisions/{_revisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision */
        get: operations["getV1IntegrationsByIdRevisionsByRevisionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/revisions/{_revisionId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed from another revision (default: the one before) to this one */
        get: operations["getV1IntegrationsByIdRevisionsByRevisionIdDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/revisions/{_revisionId}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore the integration as the revision saved it (recorded as a revert revision) */
        post: operations["postV1IntegrationsByIdRevisionsByRevisionIdRevert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List connections */
        get: operations["getV1Connections"];
        put?: never;
        /** Create a connection */
        post: operations["postV1Connections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connection */
        get: operations["getV1ConnectionsById"];
        /** Full replace */
        put: operations["putV1ConnectionsById"];
        post?: never;
        /** Delete a connection */
        delete: operations["deleteV1ConnectionsById"];
        options?: never;
        head?: never;
        /** Update part of it (JSON Patch) */
        patch: operations["patchV1ConnectionsById"];
        trace?: never;
    };
    "/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List exports */
        get: operations["getV1Exports"];
        put?: never;
        /** Create an export */
        post: operations["postV1Exports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an export */
        get: operations["getV1ExportsById"];
        /** Full replace */
        put: operations["putV1ExportsById"];
        post?: never;
        /** Delete an export */
        delete: operations["deleteV1ExportsById"];
        options?: never;
        head?: never;
        /** Update part of it (JSON Patch) */
        patch: operations["patchV1ExportsById"];
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List imports */
        get: operations["getV1Imports"];
        put?: never;
        /** Create an import */
        post: operations["postV1Imports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an import */
        get: operations["getV1ImportsById"];
        /** Full replace */
        put: operations["putV1ImportsById"];
        post?: never;
        /** Delete an import */
        delete: operations["deleteV1ImportsById"];
        options?: never;
        head?: never;
        /** Update part of it (JSON Patch) */
        patch: operations["patchV1ImportsById"];
        trace?: never;
    };
    "/v1/connections/{_id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test the connection against its upstream; a failure marks it offline */
        post: operations["postV1ConnectionsByIdPing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List flows */
        get: operations["getV1Flows"];
        put?: never;
        /** Create a flow */
        post: operations["postV1Flows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a flow */
        get: operations["getV1FlowsById"];
        /** Full replace */
        put: operations["putV1FlowsById"];
        post?: never;
        /** Delete a flow */
        delete: operations["deleteV1FlowsById"];
        options?: never;
        head?: never;
        /** Update part of it (JSON Patch) */
        patch: operations["patchV1FlowsById"];
        trace?: never;
    };
    "/v1/integrations/{_id}/ashares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get users associated with an integration */
        get: operations["getV1IntegrationsByIdAshares"];
        put?: never;
        /** Invite a user to an integration */
        post: operations["postV1IntegrationsByIdAshares"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ashares/{_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an ashare */
        get: operations["getV1AsharesById"];
        /** Replace an ashare */
        put: operations["putV1AsharesById"];
        post?: never;
        /** Delete an ashare */
        delete: operations["deleteV1AsharesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log of the account */
        get: operations["getV1Audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{_id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a log for a specific integration (and what it owns) */
        get: operations["getV1IntegrationsByIdAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokenInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling token */
        get: operations["getV1TokenInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a template ZIP through a signed link */
        get: operations["getV1TemplatesByFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{_id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the flow now (queued as a job) */
        post: operations["postV1FlowsByIdRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{_id}/jobs/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List jobs */
        get: operations["getV1FlowsByIdJobsLatest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first; the next page is createdAt_lte = last createdAt − 1 ms */
        get: operations["getV1Jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a job */
        get: operations["getV1JobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cancel job */
        put: operations["putV1JobsByIdCancel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{_id}/{_stepId}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List flow errors */
        get: operations["getV1FlowsByIdByStepIdErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{_id}/{_stepId}/resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List flow errors */
        get: operations["getV1FlowsByIdByStepIdResolved"];
        /** Replace a flow error */
        put: operations["putV1FlowsByIdByStepIdResolved"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{_id}/{_stepId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-send these errors' records through the import that refused them */
        post: operations["postV1FlowsByIdByStepIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{_id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliver records to a webhook listener export */
        get: operations["getV1ExportsByIdData"];
        put?: never;
        /** Deliver records to a webhook listener export */
        post: operations["postV1ExportsByIdData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{_id}/data/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliver records to a webhook listener export */
        get: operations["getV1ExportsByIdDataBySecret"];
        put?: never;
        /** Deliver records to a webhook listener export */
        post: operations["postV1ExportsByIdDataBySecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's integrations and other teams' shared ones */
        get: operations["getIntegration"];
        put?: never;
        /** Creates an integration owned by the token’s team */
        post: operations["postIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One integration; `environment_id` says whether it is installed there */
        get: operations["getIntegrationById"];
        put?: never;
        post?: never;
        /** Deletes an integration and its installs */
        delete: operations["deleteIntegrationById"];
        options?: never;
        head?: never;
        /** Updates an integration: `version` must be the current one; `config` is deep-merged, `null` removes a key */
        patch: operations["patchIntegrationById"];
        trace?: never;
    };
    "/environment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The environments the token reaches */
        get: operations["getEnvironment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One environment */
        get: operations["getEnvironmentById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/integration-config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON Schema of an integration config (the declarative API definition) */
        get: operations["getSchemasIntegrationConfigJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment-integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Installs in the token’s environments, and other teams’ installs of the team’s integrations */
        get: operations["getEnvironmentIntegration"];
        put?: never;
        /** Installs an integration in the token’s environment (idempotent: an existing install is returned) */
        post: operations["postEnvironmentIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment-integration/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One install */
        get: operations["getEnvironmentIntegrationById"];
        put?: never;
        post?: never;
        /** Uninstalls */
        delete: operations["deleteEnvironmentIntegrationById"];
        options?: never;
        head?: never;
        /** Replaces `override` whole, toggles `is_enabled`; the integration’s owner approves with `status: active` */
        patch: operations["patchEnvironmentIntegrationById"];
        trace?: never;
    };
    "/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhooks of the token’s environment */
        get: operations["getWebhook"];
        put?: never;
        /** Subscribes a URL to events; the answer carries the signing secret, shown this once */
        post: operations["postWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a signed `webhook:test` event to the webhook now */
        post: operations["postWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook */
        get: operations["getWebhookById"];
        put?: never;
        post?: never;
        /** Deletes a webhook (its undelivered events are dropped) */
        delete: operations["deleteWebhookById"];
        options?: never;
        head?: never;
        /** Changes the target, the event types or is_active (on again forgets past failures) */
        patch: operations["patchWebhookById"];
        trace?: never;
    };
    "/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook delivery log: every attempt, with its status, latency and error */
        get: operations["getLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrated-account-webhook/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A third party’s webhook for one integrated account */
        post: operations["postIntegratedAccountWebhookById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment-integration-webhook/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A third party’s webhook for an install (all its accounts) */
        post: operations["postEnvironmentIntegrationWebhookById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrated-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List integrated accounts */
        get: operations["getIntegratedAccount"];
        put?: never;
        /** Create an integrated account */
        post: operations["postIntegratedAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrated-account/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an integrated account */
        get: operations["getIntegratedAccountById"];
        put?: never;
        post?: never;
        /** Delete an integrated account */
        delete: operations["deleteIntegratedAccountById"];
        options?: never;
        head?: never;
        /** Update an integrated account */
        patch: operations["patchIntegratedAccountById"];
        trace?: never;
    };
    "/integrated-account/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calls made through an integrated account, newest first */
        get: operations["getIntegratedAccountByIdCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrated-account/{integrated_account_id}/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's MCP servers, oldest first */
        get: operations["getIntegratedAccountByIntegratedAccountIdMcp"];
        put?: never;
        /** Create an MCP server for the account: its token is in this answer only */
        post: operations["postIntegratedAccountByIntegratedAccountIdMcp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrated-account/{integrated_account_id}/mcp/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One MCP server (without its token) */
        get: operations["getIntegratedAccountByIntegratedAccountIdMcpById"];
        put?: never;
        post?: never;
        /** Delete an MCP server: its token stops working at once */
        delete: operations["deleteIntegratedAccountByIntegratedAccountIdMcpById"];
        options?: never;
        head?: never;
        /** Rename an MCP server or replace its config; the token stays */
        patch: operations["patchIntegratedAccountByIntegratedAccountIdMcpById"];
        trace?: never;
    };
    "/proxy/{resource}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a resource's records through the account's integration */
        get: operations["getProxyByResource"];
        put?: never;
        /** Create a record through the integration */
        post: operations["postProxyByResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/{resource}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one record through the integration */
        get: operations["getProxyByResourceById"];
        put?: never;
        /** Call one of the resource's custom methods through the integration */
        post: operations["postProxyByResourceById"];
        /** Delete a record through the integration */
        delete: operations["deleteProxyByResourceById"];
        options?: never;
        head?: never;
        /** Update a record through the integration */
        patch: operations["patchProxyByResourceById"];
        trace?: never;
    };
    "/oauth/authorize/{integrated_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start an integrated account's OAuth authorization at its provider
         * @description A redirect to the provider; `Accept: application/json` (without text/html) answers `{url}` instead.
         */
        get: operations["getOauthAuthorizeByIntegratedAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: completes the authorization */
        get: operations["getOauthCallback"];
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
        LosantError: {
            type: string;
            message: string;
        };
        CeligoError: {
            errors: {
                code: string;
                message: string;
                field?: string;
            }[];
        };
        TrutoError: {
            statusCode: number;
            error: string;
            message: string;
            details?: {
                failures: {
                    path?: string;
                    message: string;
                }[];
            };
        };
        TrutoProxyError: {
            statusCode: number;
            error: string;
            message: string;
            details?: {
                failures: {
                    path?: string;
                    message: string;
                }[];
            };
        };
        LosantIntegration: {
            id: string;
            integrationId: string;
            applicationId: string;
            /** Format: date-time */
            creationDate: string;
            /** Format: date-time */
            lastUpdated: string;
            name: string;
            credentialName?: string;
            integrationType: string;
            enabled: boolean;
            topics?: string[];
            mqttConfig?: {
                clientId?: string;
                username?: string;
                password?: string;
                clean?: boolean;
                port?: number;
                protocol?: string;
                host?: string;
                privateKey?: string;
                certificate?: string;
                caCertificate?: string;
                disableSSLVerification?: boolean;
                protocolVersion?: string;
            };
            googlePubSubConfig?: {
                projectId?: string;
                keyJson?: string;
            };
            particleConfig?: {
                accessToken?: string;
                productSlugOrId?: string;
                orgSlugOrId?: string;
                deviceNameOrId?: string;
            };
            azureEventHubConfig?: {
                hubName?: string;
                hostName?: string;
                consumerGroup?: string;
                connectionString?: string;
            };
            sqsConfig?: {
                accessKeyId?: string;
                secretAccessKey?: string;
                region?: string;
                queueUrl?: string;
            };
            websocketConfig?: {
                url?: string;
                disableSSLVerification?: boolean;
                username?: string;
                password?: string;
                privateKey?: string;
                certificate?: string;
                caCertificate?: string;
                headers?: {
                    headerKey: string;
                    headerValue: string;
                }[];
            };
            status?: {
                lastKeepAlive?: number;
                nextAttempt?: number;
                connectInfo?: {
                    ts: number | null;
                };
                disconnectInfo?: {
                    ts: number | null;
                    error?: string;
                };
            };
            /** @enum {string} */
            _type: "integration";
            _links: {
                self?: {
                    href: string;
                };
                application?: {
                    href: string;
                };
                applications?: {
                    href: string;
                };
                integrations?: {
                    href: string;
                };
                apiTokens?: {
                    href: string;
                };
                flows?: {
                    href: string;
                };
            };
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
    get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        console: string;
                        docs: string;
                        openapi: string;
                        health: string;
                    };
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded" | "unavailable";
                        store: {
                            dialect: string;
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            latencyMs?: number;
                            error?: string;
                        };
                        redis?: {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            latencyMs?: number;
                            error?: string;
                        };
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded" | "unavailable";
                        store: {
                            dialect: string;
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            latencyMs?: number;
                            error?: string;
                        };
                        redis?: {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            latencyMs?: number;
                            error?: string;
                        };
                    };
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
        };
    };
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
        };
    };
    getApplications: {
        parameters: {
            query?: {
                sortField?: "name" | "id" | "creationDate" | "lastUpdated";
                sortDirection?: "asc" | "desc" | "ASC" | "DESC" | "";
                page?: string;
                perPage?: string;
                filterField?: "name" | "";
                filter?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            applicationId: string;
                            creationDate: string;
                            lastUpdated: string;
                            ownerId: string;
                            /** @enum {string} */
                            ownerType: "organization";
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            _type: "application";
                            _links: {
                                self?: {
                                    href: string;
                                };
                                application?: {
                                    href: string;
                                };
                                applications?: {
                                    href: string;
                                };
                                integrations?: {
                                    href: string;
                                };
                                apiTokens?: {
                                    href: string;
                                };
                                flows?: {
                                    href: string;
                                };
                            };
                        }[];
                        count: number;
                        totalCount: number;
                        perPage: number;
                        page: number;
                        sortField: string;
                        sortDirection: string;
                        filter?: string;
                        filterField?: string;
                        /** @enum {string} */
                        _type: "applications";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApplications: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    orgId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        creationDate: string;
                        lastUpdated: string;
                        ownerId: string;
                        /** @enum {string} */
                        ownerType: "organization";
                        name: string;
                        description?: string;
                        /** @enum {string} */
                        _type: "application";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        creationDate: string;
                        lastUpdated: string;
                        ownerId: string;
                        /** @enum {string} */
                        ownerType: "organization";
                        name: string;
                        description?: string;
                        /** @enum {string} */
                        _type: "application";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteApplicationsByApplicationId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApplicationsByApplicationId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        creationDate: string;
                        lastUpdated: string;
                        ownerId: string;
                        /** @enum {string} */
                        ownerType: "organization";
                        name: string;
                        description?: string;
                        /** @enum {string} */
                        _type: "application";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdIntegrations: {
        parameters: {
            query?: {
                sortField?: "name" | "id" | "creationDate" | "integrationType" | "lastUpdated";
                sortDirection?: "asc" | "desc" | "ASC" | "DESC" | "";
                page?: string;
                perPage?: string;
                filterField?: "name" | "integrationType" | "";
                filter?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LosantIntegration"][];
                        count: number;
                        totalCount: number;
                        perPage: number;
                        page: number;
                        sortField: string;
                        sortDirection: string;
                        filter?: string;
                        filterField?: string;
                        applicationId: string;
                        /** @enum {string} */
                        _type: "integrations";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApplicationsByApplicationIdIntegrations: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    integrationType: "azureEventHub" | "googlePubSub" | "mqtt" | "particle" | "sqs" | "websocket";
                    credentialName?: string;
                    enabled?: boolean;
                    topics?: string[];
                    mqttConfig?: {
                        clientId?: string;
                        username?: string;
                        password?: string;
                        clean?: boolean;
                        port: number;
                        /** @enum {string} */
                        protocol: "mqtt" | "mqtts" | "ws" | "wss";
                        host: string;
                        privateKey?: string;
                        certificate?: string;
                        caCertificate?: string;
                        disableSSLVerification?: boolean;
                        /** @enum {string} */
                        protocolVersion?: "3.1.1" | "5";
                    };
                    googlePubSubConfig?: {
                        projectId: string;
                        keyJson: string;
                    };
                    particleConfig?: {
                        accessToken: string;
                        productSlugOrId?: string;
                        orgSlugOrId?: string;
                        deviceNameOrId?: string;
                    };
                    azureEventHubConfig?: {
                        hubName?: string;
                        hostName?: string;
                        consumerGroup?: string;
                        connectionString?: string;
                    } & (unknown | unknown);
                    sqsConfig?: {
                        accessKeyId?: string;
                        secretAccessKey?: string;
                        region?: string;
                        queueUrl: string;
                    };
                    websocketConfig?: {
                        url: string;
                        disableSSLVerification?: boolean;
                        username?: string;
                        password?: string;
                        privateKey?: string;
                        certificate?: string;
                        caCertificate?: string;
                        headers?: {
                            headerKey: string;
                            headerValue: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integrationId: string;
                        applicationId: string;
                        /** Format: date-time */
                        creationDate: string;
                        /** Format: date-time */
                        lastUpdated: string;
                        name: string;
                        credentialName?: string;
                        integrationType: string;
                        enabled: boolean;
                        topics?: string[];
                        mqttConfig?: {
                            clientId?: string;
                            username?: string;
                            password?: string;
                            clean?: boolean;
                            port?: number;
                            protocol?: string;
                            host?: string;
                            privateKey?: string;
                            certificate?: string;
                            caCertificate?: string;
                            disableSSLVerification?: boolean;
                            protocolVersion?: string;
                        };
                        googlePubSubConfig?: {
                            projectId?: string;
                            keyJson?: string;
                        };
                        particleConfig?: {
                            accessToken?: string;
                            productSlugOrId?: string;
                            orgSlugOrId?: string;
                            deviceNameOrId?: string;
                        };
                        azureEventHubConfig?: {
                            hubName?: string;
                            hostName?: string;
                            consumerGroup?: string;
                            connectionString?: string;
                        };
                        sqsConfig?: {
                            accessKeyId?: string;
                            secretAccessKey?: string;
                            region?: string;
                            queueUrl?: string;
                        };
                        websocketConfig?: {
                            url?: string;
                            disableSSLVerification?: boolean;
                            username?: string;
                            password?: string;
                            privateKey?: string;
                            certificate?: string;
                            caCertificate?: string;
                            headers?: {
                                headerKey: string;
                                headerValue: string;
                            }[];
                        };
                        status?: {
                            lastKeepAlive?: number;
                            nextAttempt?: number;
                            connectInfo?: {
                                ts: number | null;
                            };
                            disconnectInfo?: {
                                ts: number | null;
                                error?: string;
                            };
                        };
                        /** @enum {string} */
                        _type: "integration";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdIntegrationsByIntegrationId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integrationId: string;
                        applicationId: string;
                        /** Format: date-time */
                        creationDate: string;
                        /** Format: date-time */
                        lastUpdated: string;
                        name: string;
                        credentialName?: string;
                        integrationType: string;
                        enabled: boolean;
                        topics?: string[];
                        mqttConfig?: {
                            clientId?: string;
                            username?: string;
                            password?: string;
                            clean?: boolean;
                            port?: number;
                            protocol?: string;
                            host?: string;
                            privateKey?: string;
                            certificate?: string;
                            caCertificate?: string;
                            disableSSLVerification?: boolean;
                            protocolVersion?: string;
                        };
                        googlePubSubConfig?: {
                            projectId?: string;
                            keyJson?: string;
                        };
                        particleConfig?: {
                            accessToken?: string;
                            productSlugOrId?: string;
                            orgSlugOrId?: string;
                            deviceNameOrId?: string;
                        };
                        azureEventHubConfig?: {
                            hubName?: string;
                            hostName?: string;
                            consumerGroup?: string;
                            connectionString?: string;
                        };
                        sqsConfig?: {
                            accessKeyId?: string;
                            secretAccessKey?: string;
                            region?: string;
                            queueUrl?: string;
                        };
                        websocketConfig?: {
                            url?: string;
                            disableSSLVerification?: boolean;
                            username?: string;
                            password?: string;
                            privateKey?: string;
                            certificate?: string;
                            caCertificate?: string;
                            headers?: {
                                headerKey: string;
                                headerValue: string;
                            }[];
                        };
                        status?: {
                            lastKeepAlive?: number;
                            nextAttempt?: number;
                            connectInfo?: {
                                ts: number | null;
                            };
                            disconnectInfo?: {
                                ts: number | null;
                                error?: string;
                            };
                        };
                        /** @enum {string} */
                        _type: "integration";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteApplicationsByApplicationIdIntegrationsByIntegrationId: {
        parameters: {
            query?: {
                includeWorkflows?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApplicationsByApplicationIdIntegrationsByIntegrationId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    enabled?: boolean;
                    credentialName?: string | null;
                    topics?: string[];
                    mqttConfig?: {
                        clientId?: string;
                        username?: string;
                        password?: string;
                        clean?: boolean;
                        port: number;
                        /** @enum {string} */
                        protocol: "mqtt" | "mqtts" | "ws" | "wss";
                        host: string;
                        privateKey?: string;
                        certificate?: string;
                        caCertificate?: string;
                        disableSSLVerification?: boolean;
                        /** @enum {string} */
                        protocolVersion?: "3.1.1" | "5";
                    };
                    googlePubSubConfig?: {
                        projectId: string;
                        keyJson: string;
                    };
                    particleConfig?: {
                        accessToken: string;
                        productSlugOrId?: string;
                        orgSlugOrId?: string;
                        deviceNameOrId?: string;
                    };
                    azureEventHubConfig?: {
                        hubName?: string;
                        hostName?: string;
                        consumerGroup?: string;
                        connectionString?: string;
                    } & (unknown | unknown);
                    sqsConfig?: {
                        accessKeyId?: string;
                        secretAccessKey?: string;
                        region?: string;
                        queueUrl: string;
                    };
                    websocketConfig?: {
                        url: string;
                        disableSSLVerification?: boolean;
                        username?: string;
                        password?: string;
                        privateKey?: string;
                        certificate?: string;
                        caCertificate?: string;
                        headers?: {
                            headerKey: string;
                            headerValue: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integrationId: string;
                        applicationId: string;
                        /** Format: date-time */
                        creationDate: string;
                        /** Format: date-time */
                        lastUpdated: string;
                        name: string;
                        credentialName?: string;
                        integrationType: string;
                        enabled: boolean;
                        topics?: string[];
                        mqttConfig?: {
                            clientId?: string;
                            username?: string;
                            password?: string;
                            clean?: boolean;
                            port?: number;
                            protocol?: string;
                            host?: string;
                            privateKey?: string;
                            certificate?: string;
                            caCertificate?: string;
                            disableSSLVerification?: boolean;
                            protocolVersion?: string;
                        };
                        googlePubSubConfig?: {
                            projectId?: string;
                            keyJson?: string;
                        };
                        particleConfig?: {
                            accessToken?: string;
                            productSlugOrId?: string;
                            orgSlugOrId?: string;
                            deviceNameOrId?: string;
                        };
                        azureEventHubConfig?: {
                            hubName?: string;
                            hostName?: string;
                            consumerGroup?: string;
                            connectionString?: string;
                        };
                        sqsConfig?: {
                            accessKeyId?: string;
                            secretAccessKey?: string;
                            region?: string;
                            queueUrl?: string;
                        };
                        websocketConfig?: {
                            url?: string;
                            disableSSLVerification?: boolean;
                            username?: string;
                            password?: string;
                            privateKey?: string;
                            certificate?: string;
                            caCertificate?: string;
                            headers?: {
                                headerKey: string;
                                headerValue: string;
                            }[];
                        };
                        status?: {
                            lastKeepAlive?: number;
                            nextAttempt?: number;
                            connectInfo?: {
                                ts: number | null;
                            };
                            disconnectInfo?: {
                                ts: number | null;
                                error?: string;
                            };
                        };
                        /** @enum {string} */
                        _type: "integration";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdTokens: {
        parameters: {
            query?: {
                sortField?: "name" | "status" | "id" | "creationDate" | "lastUpdated" | "expirationDate";
                sortDirection?: "asc" | "desc" | "ASC" | "DESC" | "";
                page?: string;
                perPage?: string;
                filterField?: "name" | "status" | "";
                filter?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            apiTokenId: string;
                            ownerId: string;
                            ownerType: string;
                            creatorId?: string;
                            creatorType: string;
                            name: string;
                            description?: string;
                            creationDate: string;
                            lastUpdated: string;
                            expirationDate?: string;
                            scope: string[];
                            /** @enum {string} */
                            status: "active" | "inactive";
                            token?: string;
                            /** @enum {string} */
                            _type: "apiToken";
                            _links: {
                                self?: {
                                    href: string;
                                };
                                application?: {
                                    href: string;
                                };
                                applications?: {
                                    href: string;
                                };
                                integrations?: {
                                    href: string;
                                };
                                apiTokens?: {
                                    href: string;
                                };
                                flows?: {
                                    href: string;
                                };
                            };
                        }[];
                        count: number;
                        totalCount: number;
                        perPage: number;
                        page: number;
                        sortField: string;
                        sortDirection: string;
                        filter?: string;
                        filterField?: string;
                        applicationId: string;
                        /** @enum {string} */
                        _type: "apiTokens";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApplicationsByApplicationIdTokens: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /** Format: date-time */
                    expirationDate?: string;
                    scope?: string[];
                    /** @enum {string} */
                    status?: "active" | "inactive";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        apiTokenId: string;
                        ownerId: string;
                        ownerType: string;
                        creatorId?: string;
                        creatorType: string;
                        name: string;
                        description?: string;
                        creationDate: string;
                        lastUpdated: string;
                        expirationDate?: string;
                        scope: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        token?: string;
                        /** @enum {string} */
                        _type: "apiToken";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdTokensByApiTokenId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                apiTokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        apiTokenId: string;
                        ownerId: string;
                        ownerType: string;
                        creatorId?: string;
                        creatorType: string;
                        name: string;
                        description?: string;
                        creationDate: string;
                        lastUpdated: string;
                        expirationDate?: string;
                        scope: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        token?: string;
                        /** @enum {string} */
                        _type: "apiToken";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteApplicationsByApplicationIdTokensByApiTokenId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                apiTokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApplicationsByApplicationIdTokensByApiTokenId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                apiTokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @enum {string} */
                    status?: "active" | "inactive";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        apiTokenId: string;
                        ownerId: string;
                        ownerType: string;
                        creatorId?: string;
                        creatorType: string;
                        name: string;
                        description?: string;
                        creationDate: string;
                        lastUpdated: string;
                        expirationDate?: string;
                        scope: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        token?: string;
                        /** @enum {string} */
                        _type: "apiToken";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdFlows: {
        parameters: {
            query?: {
                sortField?: "name" | "id" | "creationDate" | "lastUpdated";
                sortDirection?: "asc" | "desc" | "ASC" | "DESC" | "";
                page?: string;
                perPage?: string;
                filterField?: "name" | "";
                filter?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            flowId: string;
                            applicationId: string;
                            creationDate: string;
                            lastUpdated: string;
                            name: string;
                            description?: string;
                            enabled: boolean;
                            triggers: unknown[];
                            nodes: unknown[];
                            shortDescription?: string;
                            globals?: {
                                key: string;
                                json?: string;
                                value?: unknown;
                            }[];
                            /** @enum {string} */
                            flowClass?: "cloud" | "edge" | "embedded" | "experience" | "customNode";
                            category?: string;
                            iconData?: string;
                            /** @enum {string} */
                            _type: "flow";
                            _links: {
                                self?: {
                                    href: string;
                                };
                                application?: {
                                    href: string;
                                };
                                applications?: {
                                    href: string;
                                };
                                integrations?: {
                                    href: string;
                                };
                                apiTokens?: {
                                    href: string;
                                };
                                flows?: {
                                    href: string;
                                };
                            };
                        }[];
                        count: number;
                        totalCount: number;
                        perPage: number;
                        page: number;
                        sortField: string;
                        sortDirection: string;
                        filter?: string;
                        filterField?: string;
                        applicationId: string;
                        /** @enum {string} */
                        _type: "flows";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postApplicationsByApplicationIdFlows: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    enabled?: boolean;
                    triggers?: {
                        type: string;
                        key?: string;
                        config?: {
                            [key: string]: unknown;
                        };
                        meta?: {
                            [key: string]: unknown;
                        };
                        uiId?: string;
                        outputIds?: string[][];
                    }[];
                    nodes?: {
                        [key: string]: unknown;
                    }[];
                    shortDescription?: string;
                    globals?: {
                        key: string;
                        json?: string;
                        value?: unknown;
                    }[];
                    /** @enum {string} */
                    flowClass?: "cloud" | "edge" | "embedded" | "experience" | "customNode";
                    category?: string;
                    iconData?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        flowId: string;
                        applicationId: string;
                        creationDate: string;
                        lastUpdated: string;
                        name: string;
                        description?: string;
                        enabled: boolean;
                        triggers: unknown[];
                        nodes: unknown[];
                        shortDescription?: string;
                        globals?: {
                            key: string;
                            json?: string;
                            value?: unknown;
                        }[];
                        /** @enum {string} */
                        flowClass?: "cloud" | "edge" | "embedded" | "experience" | "customNode";
                        category?: string;
                        iconData?: string;
                        /** @enum {string} */
                        _type: "flow";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdFlowsByFlowId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        flowId: string;
                        applicationId: string;
                        creationDate: string;
                        lastUpdated: string;
                        name: string;
                        description?: string;
                        enabled: boolean;
                        triggers: unknown[];
                        nodes: unknown[];
                        shortDescription?: string;
                        globals?: {
                            key: string;
                            json?: string;
                            value?: unknown;
                        }[];
                        /** @enum {string} */
                        flowClass?: "cloud" | "edge" | "embedded" | "experience" | "customNode";
                        category?: string;
                        iconData?: string;
                        /** @enum {string} */
                        _type: "flow";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteApplicationsByApplicationIdFlowsByFlowId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchApplicationsByApplicationIdFlowsByFlowId: {
        parameters: {
            query?: {
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    enabled?: boolean;
                    triggers?: {
                        type: string;
                        key?: string;
                        config?: {
                            [key: string]: unknown;
                        };
                        meta?: {
                            [key: string]: unknown;
                        };
                        uiId?: string;
                        outputIds?: string[][];
                    }[];
                    nodes?: {
                        [key: string]: unknown;
                    }[];
                    shortDescription?: string;
                    globals?: {
                        key: string;
                        json?: string;
                        value?: unknown;
                    }[];
                    /** @enum {string} */
                    flowClass?: "cloud" | "edge" | "embedded" | "experience" | "customNode";
                    category?: string;
                    iconData?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        flowId: string;
                        applicationId: string;
                        creationDate: string;
                        lastUpdated: string;
                        name: string;
                        description?: string;
                        enabled: boolean;
                        triggers: unknown[];
                        nodes: unknown[];
                        shortDescription?: string;
                        globals?: {
                            key: string;
                            json?: string;
                            value?: unknown;
                        }[];
                        /** @enum {string} */
                        flowClass?: "cloud" | "edge" | "embedded" | "experience" | "customNode";
                        category?: string;
                        iconData?: string;
                        /** @enum {string} */
                        _type: "flow";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdFlowsByFlowIdLogs: {
        parameters: {
            query?: {
                limit?: string;
                since?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flowVersionId: string;
                        time: string;
                        pathsFailed: number;
                        pathsCompleted: number;
                        runCount: number;
                        wallTime: number;
                        errors: {
                            time: string;
                            flowVersion: string;
                            flowVersionId: string;
                            nodeId: string;
                            nodeLabel?: string;
                            error: {
                                name: string;
                                message: string;
                            };
                        }[];
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdFlowsByFlowIdErrors: {
        parameters: {
            query?: {
                duration?: string;
                end?: string;
                limit?: string;
                sortDirection?: "asc" | "desc" | "ASC" | "DESC" | "";
                flowVersion?: string;
                deviceId?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flowVersionId: string;
                        start: string;
                        end: string;
                        limit: number;
                        sortDirection: string;
                        errors: {
                            time: string;
                            flowVersion: string;
                            flowVersionId: string;
                            nodeId: string;
                            nodeLabel?: string;
                            error: {
                                name: string;
                                message: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getApplicationsByApplicationIdFlowsByFlowIdRuns: {
        parameters: {
            query?: {
                limit?: string;
                since?: string;
                _actions?: string;
                _links?: string;
                _embedded?: string;
            };
            header?: never;
            path: {
                applicationId: string;
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            time: string;
                            triggerType: string;
                            triggerId: string;
                            /** @enum {string} */
                            status: "completed" | "failed";
                            wallTime: number;
                            steps: number;
                            pathsCompleted: number;
                            pathsFailed: number;
                            debug: {
                                nodeId: string;
                                time: string;
                                level: string;
                                message: string;
                                value: unknown;
                            }[];
                            errors: {
                                time: string;
                                nodeId: string;
                                nodeLabel: string | null;
                                name: string;
                                message: string;
                            }[];
                        }[];
                        count: number;
                        applicationId: string;
                        flowId: string;
                        /** @enum {string} */
                        _type: "flowRuns";
                        _links: {
                            self?: {
                                href: string;
                            };
                            application?: {
                                href: string;
                            };
                            applications?: {
                                href: string;
                            };
                            integrations?: {
                                href: string;
                            };
                            apiTokens?: {
                                href: string;
                            };
                            flows?: {
                                href: string;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LosantError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1Integrations: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
                include?: string;
                exclude?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name?: string;
                        description?: string;
                        readme?: string;
                        sandbox?: boolean;
                        install?: {
                            [key: string]: unknown;
                        }[];
                        installSteps?: {
                            [key: string]: unknown;
                        }[];
                        uninstallSteps?: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        mode?: "install" | "settings" | "uninstall";
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                        version?: string;
                        tag?: string;
                        updateInProgress?: boolean;
                        flowGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        apiGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        aliases?: {
                            [key: string]: unknown;
                        }[];
                        _connectorId?: string;
                        _templateId?: string;
                        _parentId?: string;
                        _registeredConnectionIds?: string[];
                        _sourceId?: string;
                        createdAt?: string;
                        lastModified?: string;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1Integrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    readme?: string;
                    sandbox?: boolean;
                    install?: {
                        [key: string]: unknown;
                    }[];
                    installSteps?: {
                        [key: string]: unknown;
                    }[];
                    uninstallSteps?: {
                        [key: string]: unknown;
                    }[];
                    /** @enum {string} */
                    mode?: "install" | "settings" | "uninstall";
                    settings?: {
                        [key: string]: unknown;
                    };
                    settingsForm?: {
                        [key: string]: unknown;
                    };
                    version?: string;
                    tag?: string;
                    updateInProgress?: boolean;
                    flowGroupings?: {
                        _id?: string;
                        name: string;
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                    }[];
                    apiGroupings?: {
                        _id?: string;
                        name: string;
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                    }[];
                    aliases?: {
                        [key: string]: unknown;
                    }[];
                    _connectorId?: string;
                    _templateId?: string;
                    _parentId?: string;
                    _id?: unknown;
                    createdAt?: unknown;
                    lastModified?: unknown;
                    lastModifiedBy?: unknown;
                    _registeredConnectionIds?: unknown;
                    _sourceId?: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name?: string;
                        description?: string;
                        readme?: string;
                        sandbox?: boolean;
                        install?: {
                            [key: string]: unknown;
                        }[];
                        installSteps?: {
                            [key: string]: unknown;
                        }[];
                        uninstallSteps?: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        mode?: "install" | "settings" | "uninstall";
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                        version?: string;
                        tag?: string;
                        updateInProgress?: boolean;
                        flowGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        apiGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        aliases?: {
                            [key: string]: unknown;
                        }[];
                        _connectorId?: string;
                        _templateId?: string;
                        _parentId?: string;
                        _registeredConnectionIds?: string[];
                        _sourceId?: string;
                        createdAt?: string;
                        lastModified?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        model: "Integration" | "Flow" | "Export" | "Import" | "Connection";
                        _id: string;
                        name: string;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name?: string;
                        description?: string;
                        readme?: string;
                        sandbox?: boolean;
                        install?: {
                            [key: string]: unknown;
                        }[];
                        installSteps?: {
                            [key: string]: unknown;
                        }[];
                        uninstallSteps?: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        mode?: "install" | "settings" | "uninstall";
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                        version?: string;
                        tag?: string;
                        updateInProgress?: boolean;
                        flowGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        apiGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        aliases?: {
                            [key: string]: unknown;
                        }[];
                        _connectorId?: string;
                        _templateId?: string;
                        _parentId?: string;
                        _registeredConnectionIds?: string[];
                        _sourceId?: string;
                        createdAt?: string;
                        lastModified?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1IntegrationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    readme?: string;
                    sandbox?: boolean;
                    install?: {
                        [key: string]: unknown;
                    }[];
                    installSteps?: {
                        [key: string]: unknown;
                    }[];
                    uninstallSteps?: {
                        [key: string]: unknown;
                    }[];
                    /** @enum {string} */
                    mode?: "install" | "settings" | "uninstall";
                    settings?: {
                        [key: string]: unknown;
                    };
                    settingsForm?: {
                        [key: string]: unknown;
                    };
                    version?: string;
                    tag?: string;
                    updateInProgress?: boolean;
                    flowGroupings?: {
                        _id?: string;
                        name: string;
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                    }[];
                    apiGroupings?: {
                        _id?: string;
                        name: string;
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                    }[];
                    aliases?: {
                        [key: string]: unknown;
                    }[];
                    _connectorId?: string;
                    _templateId?: string;
                    _parentId?: string;
                    _id?: unknown;
                    createdAt?: unknown;
                    lastModified?: unknown;
                    lastModifiedBy?: unknown;
                    _registeredConnectionIds?: unknown;
                    _sourceId?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name?: string;
                        description?: string;
                        readme?: string;
                        sandbox?: boolean;
                        install?: {
                            [key: string]: unknown;
                        }[];
                        installSteps?: {
                            [key: string]: unknown;
                        }[];
                        uninstallSteps?: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        mode?: "install" | "settings" | "uninstall";
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                        version?: string;
                        tag?: string;
                        updateInProgress?: boolean;
                        flowGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        apiGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        aliases?: {
                            [key: string]: unknown;
                        }[];
                        _connectorId?: string;
                        _templateId?: string;
                        _parentId?: string;
                        _registeredConnectionIds?: string[];
                        _sourceId?: string;
                        createdAt?: string;
                        lastModified?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteV1IntegrationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchV1IntegrationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    op: "add" | "remove" | "replace" | "move" | "copy" | "test";
                    path: string;
                    from?: string;
                    value?: unknown;
                }[];
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsByIdClone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    sandbox?: boolean;
                    tag?: string;
                    connectionMap?: {
                        [key: string]: string;
                    };
                    _stackId?: unknown;
                    _envId?: unknown;
                    _integrationId?: unknown;
                    newTemplateInstaller?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        model: "Integration" | "Flow" | "Export" | "Import" | "Connection";
                        _id: string;
                        name: string;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signedURL: string;
                        key: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsByIdTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signedURL: string;
                        key: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdFlows: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        disabled: boolean;
                        _integrationId?: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdConnections: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdExports: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdImports: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1IntegrationsByIdConnectionsRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name?: string;
                        description?: string;
                        readme?: string;
                        sandbox?: boolean;
                        install?: {
                            [key: string]: unknown;
                        }[];
                        installSteps?: {
                            [key: string]: unknown;
                        }[];
                        uninstallSteps?: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        mode?: "install" | "settings" | "uninstall";
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                        version?: string;
                        tag?: string;
                        updateInProgress?: boolean;
                        flowGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        apiGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        aliases?: {
                            [key: string]: unknown;
                        }[];
                        _connectorId?: string;
                        _templateId?: string;
                        _parentId?: string;
                        _registeredConnectionIds?: string[];
                        _sourceId?: string;
                        createdAt?: string;
                        lastModified?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1IntegrationsByIdConnectionsByConnectionIdRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                _connectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name?: string;
                        description?: string;
                        readme?: string;
                        sandbox?: boolean;
                        install?: {
                            [key: string]: unknown;
                        }[];
                        installSteps?: {
                            [key: string]: unknown;
                        }[];
                        uninstallSteps?: {
                            [key: string]: unknown;
                        }[];
                        /** @enum {string} */
                        mode?: "install" | "settings" | "uninstall";
                        settings?: {
                            [key: string]: unknown;
                        };
                        settingsForm?: {
                            [key: string]: unknown;
                        };
                        version?: string;
                        tag?: string;
                        updateInProgress?: boolean;
                        flowGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        apiGroupings?: {
                            _id?: string;
                            name: string;
                            settings?: {
                                [key: string]: unknown;
                            };
                            settingsForm?: {
                                [key: string]: unknown;
                            };
                        }[];
                        aliases?: {
                            [key: string]: unknown;
                        }[];
                        _connectorId?: string;
                        _templateId?: string;
                        _parentId?: string;
                        _registeredConnectionIds?: string[];
                        _sourceId?: string;
                        createdAt?: string;
                        lastModified?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteV1IntegrationsByIdConnectionsByConnectionIdRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                _connectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdDependencies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdInstallSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsByIdInstallSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    _connectionId?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdUninstallSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsByIdUninstallSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    _connectionId?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsByIdRevisionsCreate: {
        parameters: {
            query?: {
                ignoreIfNoChanges?: "true" | "false";
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        type: string;
                        status: string;
                        description?: string;
                        _byUserId?: string;
                        beforeRevisionHash: string;
                        afterRevisionHash: string;
                        _revertedToRevisionId?: string;
                        createdAt: string;
                    };
                };
            };
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdRevisions: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        type: string;
                        status: string;
                        description?: string;
                        _byUserId?: string;
                        beforeRevisionHash: string;
                        afterRevisionHash: string;
                        _revertedToRevisionId?: string;
                        createdAt: string;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdRevisionsByRevisionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                _revisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        type: string;
                        status: string;
                        description?: string;
                        _byUserId?: string;
                        beforeRevisionHash: string;
                        afterRevisionHash: string;
                        _revertedToRevisionId?: string;
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdRevisionsByRevisionIdDiff: {
        parameters: {
            query?: {
                against?: string;
            };
            header?: never;
            path: {
                _id: string;
                _revisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _fromRevisionId: string | null;
                        _toRevisionId: string;
                        changes: {
                            resourceType: string;
                            _resourceId: string;
                            action: string;
                            fieldChanges: {
                                fieldPath: string;
                                oldValue: unknown;
                                newValue: unknown;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsByIdRevisionsByRevisionIdRevert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                _revisionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        type: string;
                        status: string;
                        description?: string;
                        _byUserId?: string;
                        beforeRevisionHash: string;
                        afterRevisionHash: string;
                        _revertedToRevisionId?: string;
                        createdAt: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1Connections: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1Connections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    type: string;
                    offline?: boolean;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1ConnectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1ConnectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    type: string;
                    offline?: boolean;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteV1ConnectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchV1ConnectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    op: "add" | "remove" | "replace" | "move" | "copy" | "test";
                    path: string;
                    from?: string;
                    value?: unknown;
                }[];
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1Exports: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1Exports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    _connectionId?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1ExportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1ExportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    _connectionId?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteV1ExportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchV1ExportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    op: "add" | "remove" | "replace" | "move" | "copy" | "test";
                    path: string;
                    from?: string;
                    value?: unknown;
                }[];
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1Imports: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1Imports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    _connectionId: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1ImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1ImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    _connectionId: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteV1ImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchV1ImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    op: "add" | "remove" | "replace" | "move" | "copy" | "test";
                    path: string;
                    from?: string;
                    value?: unknown;
                }[];
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1ConnectionsByIdPing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        message: string;
                        /** @enum {boolean} */
                        offline: false;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Bad Gateway */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Gateway Timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
        };
    };
    getV1Flows: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        name: string;
                        disabled: boolean;
                        _integrationId?: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1Flows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    disabled?: boolean;
                    _integrationId?: string;
                    pageGenerators?: ({
                        _exportId: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    pageProcessors?: ({
                        /** @enum {string} */
                        type: "export" | "import";
                        _exportId?: string;
                        _importId?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    schedule?: string;
                    timezone?: string;
                    routers?: {
                        [key: string]: unknown;
                    }[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        disabled: boolean;
                        _integrationId?: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1FlowsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        disabled: boolean;
                        _integrationId?: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1FlowsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    disabled?: boolean;
                    _integrationId?: string;
                    pageGenerators?: ({
                        _exportId: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    pageProcessors?: ({
                        /** @enum {string} */
                        type: "export" | "import";
                        _exportId?: string;
                        _importId?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    schedule?: string;
                    timezone?: string;
                    routers?: {
                        [key: string]: unknown;
                    }[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        name: string;
                        disabled: boolean;
                        _integrationId?: string;
                        createdAt: string;
                        lastModified: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteV1FlowsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchV1FlowsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    op: "add" | "remove" | "replace" | "move" | "copy" | "test";
                    path: string;
                    from?: string;
                    value?: unknown;
                }[];
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdAshares: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        accessLevel: string;
                        accepted: boolean;
                        disabled: boolean;
                        sharedWithUser: {
                            email: string;
                        };
                        createdAt: string;
                        lastModified: string;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1IntegrationsByIdAshares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    accessLevel?: "manage" | "monitor";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        accessLevel: string;
                        accepted: boolean;
                        disabled: boolean;
                        sharedWithUser: {
                            email: string;
                        };
                        createdAt: string;
                        lastModified: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1AsharesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        accessLevel: string;
                        accepted: boolean;
                        disabled: boolean;
                        sharedWithUser: {
                            email: string;
                        };
                        createdAt: string;
                        lastModified: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1AsharesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    accessLevel?: "manage" | "monitor";
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        _integrationId: string;
                        accessLevel: string;
                        accepted: boolean;
                        disabled: boolean;
                        sharedWithUser: {
                            email: string;
                        };
                        createdAt: string;
                        lastModified: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteV1AsharesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1Audit: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        resourceType: string;
                        _resourceId: string;
                        event: string;
                        source: string;
                        surface: string;
                        time: string;
                        _byUserId?: string;
                        fieldChanges: {
                            fieldPath: string;
                            oldValue: unknown;
                            newValue: unknown;
                        }[];
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1IntegrationsByIdAudit: {
        parameters: {
            query?: {
                skip?: string;
                limit?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        resourceType: string;
                        _resourceId: string;
                        event: string;
                        source: string;
                        surface: string;
                        time: string;
                        _byUserId?: string;
                        fieldChanges: {
                            fieldPath: string;
                            oldValue: unknown;
                            newValue: unknown;
                        }[];
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1TokenInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _userId: string;
                        scope: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1TemplatesByFile: {
        parameters: {
            query: {
                Expires: string;
                Signature: string;
            };
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1FlowsByIdRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    _exportIds?: string[];
                    startDate?: string;
                    endDate?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _jobId: string;
                        _flowId: string;
                        status: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1FlowsByIdJobsLatest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        type: string;
                        status: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1Jobs: {
        parameters: {
            query?: {
                _integrationId?: string;
                _flowId?: string;
                _flowId_in?: string;
                _exportId?: string;
                _importId?: string;
                _flowJobId?: string;
                status?: string;
                type?: string;
                type_in?: string;
                createdAt_gte?: string;
                createdAt_lte?: string;
                numError_gte?: string;
                numError_lte?: string;
                numSuccess_gte?: string;
                numSuccess_lte?: string;
                numIgnore_gte?: string;
                numIgnore_lte?: string;
                retriable?: "true" | "false";
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _id: string;
                        type: string;
                        status: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1JobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        type: string;
                        status: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1JobsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _id: string;
                        type: string;
                        status: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1FlowsByIdByStepIdErrors: {
        parameters: {
            query?: {
                occurredAt_gte?: string;
                occurredAt_lte?: string;
            };
            header?: never;
            path: {
                _id: string;
                _stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: ({
                            errorId: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1FlowsByIdByStepIdResolved: {
        parameters: {
            query?: {
                occurredAt_gte?: string;
                occurredAt_lte?: string;
            };
            header?: never;
            path: {
                _id: string;
                _stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: ({
                            errorId: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putV1FlowsByIdByStepIdResolved: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                _stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    errors: string[];
                };
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1FlowsByIdByStepIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                _stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    retryDataKeys: string[];
                } | {
                    errorIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _jobId: string;
                        _flowId: string;
                        status: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1ExportsByIdData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1ExportsByIdData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getV1ExportsByIdDataBySecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postV1ExportsByIdDataBySecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                _id: string;
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CeligoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIntegration: {
        parameters: {
            query?: {
                name?: string;
                category?: string;
                sharing?: "allow" | "ask" | "deny";
                "id[in]"?: string;
                limit?: string;
                next_cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            name: string;
                            category: string | null;
                            is_beta: boolean;
                            config: {
                                [key: string]: unknown;
                            };
                            sharing: string;
                            version: number;
                            team_id: string;
                            team: {
                                id: string;
                                name: string;
                                domain: string | null;
                                logo: string | null;
                                is_verified: boolean;
                                is_white_label: boolean;
                                tos_link: string | null;
                                allow_impersonation: boolean;
                                created_at: string;
                                updated_at: string;
                            };
                            installed_environment: string[];
                            can_install: boolean;
                            is_installed?: boolean;
                            created_at: string;
                            updated_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    category?: string | null;
                    config?: {
                        [key: string]: unknown;
                    };
                    is_beta?: boolean;
                    /** @enum {string} */
                    sharing?: "allow" | "ask" | "deny";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        category: string | null;
                        is_beta: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sharing: string;
                        version: number;
                        team_id: string;
                        team: {
                            id: string;
                            name: string;
                            domain: string | null;
                            logo: string | null;
                            is_verified: boolean;
                            is_white_label: boolean;
                            tos_link: string | null;
                            allow_impersonation: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                        installed_environment: string[];
                        can_install: boolean;
                        is_installed?: boolean;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIntegrationById: {
        parameters: {
            query?: {
                environment_id?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        category: string | null;
                        is_beta: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sharing: string;
                        version: number;
                        team_id: string;
                        team: {
                            id: string;
                            name: string;
                            domain: string | null;
                            logo: string | null;
                            is_verified: boolean;
                            is_white_label: boolean;
                            tos_link: string | null;
                            allow_impersonation: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                        installed_environment: string[];
                        can_install: boolean;
                        is_installed?: boolean;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteIntegrationById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchIntegrationById: {
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
                "application/json": {
                    version: number;
                    name?: string;
                    category?: string | null;
                    config?: {
                        [key: string]: unknown;
                    };
                    is_beta?: boolean;
                    /** @enum {string} */
                    sharing?: "allow" | "ask" | "deny";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        category: string | null;
                        is_beta: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sharing: string;
                        version: number;
                        team_id: string;
                        team: {
                            id: string;
                            name: string;
                            domain: string | null;
                            logo: string | null;
                            is_verified: boolean;
                            is_white_label: boolean;
                            tos_link: string | null;
                            allow_impersonation: boolean;
                            created_at: string;
                            updated_at: string;
                        };
                        installed_environment: string[];
                        can_install: boolean;
                        is_installed?: boolean;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getEnvironment: {
        parameters: {
            query?: {
                limit?: string;
                next_cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            name: string;
                            description: string | null;
                            team_id: string;
                            created_at: string;
                            updated_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getEnvironmentById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        team_id: string;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getSchemasIntegrationConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getEnvironmentIntegration: {
        parameters: {
            query?: {
                integration_id?: string;
                limit?: string;
                next_cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            integration_id: string;
                            environment_id: string;
                            override: {
                                [key: string]: unknown;
                            };
                            is_enabled: boolean;
                            /** @enum {string} */
                            status: "active" | "pending";
                            created_at: string;
                            updated_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postEnvironmentIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    integration_id: string;
                    environment_id?: string;
                    is_enabled?: boolean;
                    override?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string;
                        override: {
                            [key: string]: unknown;
                        };
                        is_enabled: boolean;
                        /** @enum {string} */
                        status: "active" | "pending";
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string;
                        override: {
                            [key: string]: unknown;
                        };
                        is_enabled: boolean;
                        /** @enum {string} */
                        status: "active" | "pending";
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getEnvironmentIntegrationById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string;
                        override: {
                            [key: string]: unknown;
                        };
                        is_enabled: boolean;
                        /** @enum {string} */
                        status: "active" | "pending";
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteEnvironmentIntegrationById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchEnvironmentIntegrationById: {
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
                "application/json": {
                    override?: {
                        [key: string]: unknown;
                    };
                    is_enabled?: boolean;
                    /** @enum {string} */
                    status?: "active";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string;
                        override: {
                            [key: string]: unknown;
                        };
                        is_enabled: boolean;
                        /** @enum {string} */
                        status: "active" | "pending";
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: {
                limit?: string;
                next_cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            target_url: string;
                            is_active: boolean;
                            event_types: string[];
                            environment_id: string | null;
                            created_at: string;
                            updated_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    target_url: string;
                    event_types: string[];
                    is_active?: boolean;
                    environment_id?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target_url: string;
                        is_active: boolean;
                        event_types: string[];
                        environment_id: string | null;
                        created_at: string;
                        updated_at: string;
                    } & {
                        secret: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postWebhookTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getWebhookById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target_url: string;
                        is_active: boolean;
                        event_types: string[];
                        environment_id: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteWebhookById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchWebhookById: {
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
                "application/json": {
                    target_url?: string;
                    event_types?: string[];
                    is_active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target_url: string;
                        is_active: boolean;
                        event_types: string[];
                        environment_id: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getLog: {
        parameters: {
            query: {
                log_type: "webhook";
                webhook_id?: string;
                "created_at[gte]"?: string;
                "created_at[lte]"?: string;
                limit?: string;
                next_cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            /** @enum {string} */
                            log_type: "webhook";
                            webhook_id: string;
                            delivery_id: string | null;
                            event_id: string;
                            event_type: string;
                            attempt: number;
                            target_url: string;
                            status: number | null;
                            latency_ms: number;
                            error: string | null;
                            environment_id: string | null;
                            created_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postIntegratedAccountWebhookById: {
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
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postEnvironmentIntegrationWebhookById: {
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
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIntegratedAccount: {
        parameters: {
            query?: {
                integration_id?: string;
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            integration_id: string;
                            environment_id: string | null;
                            authentication_method: string | null;
                            status: string;
                            context: {
                                [key: string]: unknown;
                            };
                            created_at: string;
                            updated_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postIntegratedAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    integration_id: string;
                    context?: {
                        [key: string]: unknown;
                    };
                    authentication_method?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string | null;
                        authentication_method: string | null;
                        status: string;
                        context: {
                            [key: string]: unknown;
                        };
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIntegratedAccountById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string | null;
                        authentication_method: string | null;
                        status: string;
                        context: {
                            [key: string]: unknown;
                        };
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteIntegratedAccountById: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchIntegratedAccountById: {
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
                "application/json": {
                    context: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string | null;
                        authentication_method: string | null;
                        status: string;
                        context: {
                            [key: string]: unknown;
                        };
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIntegratedAccountByIdCalls: {
        parameters: {
            query?: {
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            integration_id: string | null;
                            integrated_account_id: string;
                            resource: string;
                            method: string;
                            http_method: string;
                            path: string;
                            status: number | null;
                            duration_ms: number;
                            attempts: number;
                            error: string | null;
                            job_id?: string;
                            created_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIntegratedAccountByIntegratedAccountIdMcp: {
        parameters: {
            query?: {
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                integrated_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            id: string;
                            name: string;
                            integrated_account_id: string;
                            url: string;
                            config: {
                                /** @description `read` (list, get), `write` (create, update, delete), `custom`, or method names */
                                methods?: string[];
                                /** @description Tags set in the config's `tool_tags` */
                                tags?: string[];
                            };
                            created_at: string;
                            updated_at: string;
                        }[];
                        next_cursor: string | null;
                        limit: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postIntegratedAccountByIntegratedAccountIdMcp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrated_account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    config?: {
                        /** @description `read` (list, get), `write` (create, update, delete), `custom`, or method names */
                        methods?: string[];
                        /** @description Tags set in the config's `tool_tags` */
                        tags?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        integrated_account_id: string;
                        url: string;
                        config: {
                            /** @description `read` (list, get), `write` (create, update, delete), `custom`, or method names */
                            methods?: string[];
                            /** @description Tags set in the config's `tool_tags` */
                            tags?: string[];
                        };
                        created_at: string;
                        updated_at: string;
                        /** @description The bearer token MCP clients send; shown only here */
                        token: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getIntegratedAccountByIntegratedAccountIdMcpById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrated_account_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        integrated_account_id: string;
                        url: string;
                        config: {
                            /** @description `read` (list, get), `write` (create, update, delete), `custom`, or method names */
                            methods?: string[];
                            /** @description Tags set in the config's `tool_tags` */
                            tags?: string[];
                        };
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteIntegratedAccountByIntegratedAccountIdMcpById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrated_account_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchIntegratedAccountByIntegratedAccountIdMcpById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrated_account_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    config?: {
                        /** @description `read` (list, get), `write` (create, update, delete), `custom`, or method names */
                        methods?: string[];
                        /** @description Tags set in the config's `tool_tags` */
                        tags?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        integrated_account_id: string;
                        url: string;
                        config: {
                            /** @description `read` (list, get), `write` (create, update, delete), `custom`, or method names */
                            methods?: string[];
                            /** @description Tags set in the config's `tool_tags` */
                            tags?: string[];
                        };
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getProxyByResource: {
        parameters: {
            query: {
                integrated_account_id: string;
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                resource: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: unknown[];
                        next_cursor: string | null;
                        result_count: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postProxyByResource: {
        parameters: {
            query: {
                integrated_account_id: string;
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                resource: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                } | unknown[];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getProxyByResourceById: {
        parameters: {
            query: {
                integrated_account_id: string;
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                resource: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postProxyByResourceById: {
        parameters: {
            query: {
                integrated_account_id: string;
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                resource: string;
                /** @description The custom method's name */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                } | unknown[];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteProxyByResourceById: {
        parameters: {
            query: {
                integrated_account_id: string;
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                resource: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchProxyByResourceById: {
        parameters: {
            query: {
                integrated_account_id: string;
                next_cursor?: string;
                limit?: string;
            };
            header?: never;
            path: {
                resource: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                } | unknown[];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getOauthAuthorizeByIntegratedAccountId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrated_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            /** @description Found */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getOauthCallback: {
        parameters: {
            query?: {
                state?: string;
                code?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        integration_id: string;
                        environment_id: string | null;
                        authentication_method: string | null;
                        status: string;
                        context: {
                            [key: string]: unknown;
                        };
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrutoProxyError"];
                };
            };
            /** @description Too Many Requests: the request budget is spent; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
