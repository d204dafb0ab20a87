// The Azure Functions app on the Flex Consumption plan (FC1, Linux, Node 22), running as the
// user-assigned identity, with identity-based host storage and Key Vault references for credentials.

@description('Name of the function app (also the first label of its host name).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region of the plan and the app (must offer Flex Consumption).')
param location string

@description('Tags applied to the plan and the app.')
param tags object

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Name of the storage account used by the Functions host and for bot state.')
param storageAccountName string

@description('Blob endpoint of the storage account, with a trailing slash.')
param blobEndpoint string

@description('Table endpoint of the storage account, with a trailing slash.')
param tableEndpoint string

@description('URL of the blob container the platform deploys the package from.')
param deploymentContainerUrl string

@description('Name of the Application Insights component (its connection string is read here, never passed around).')
param appInsightsName string

@description('URI of the Key Vault holding the credentials, with a trailing slash.')
param keyVaultUri string

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on the number of instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('AvePoint Graph API base URL (AVEPOINT_GRAPH_URL).')
param avepointGraphUrl string

@description('AvePoint GetJobs dialect (AVEPOINT_API).')
@allowed([
  'graph'
  'legacy'
])
param avepointApi string

@description('AvePoint identity service token endpoint (AVEPOINT_TOKEN_URL).')
param avepointTokenUrl string

@description('Client id of the AvePoint app registration (AVEPOINT_CLIENT_ID); an identifier, not a secret.')
param avepointClientId string

@description('Whether the AvePoint credential is a client secret or a certificate PEM.')
@allowed([
  'secret'
  'certificate'
])
param avepointCredentialKind string

@description('Name of the Key Vault secret holding the AvePoint credential.')
param avepointCredentialName string

@description('OAuth scope requested from AvePoint (AVEPOINT_SCOPE).')
param avepointScope string

@description('Per-attempt upstream timeout in milliseconds (AVEPOINT_TIMEOUT_MS).')
param avepointTimeoutMs int

@description('Total upstream time budget in milliseconds, retries included (AVEPOINT_TOTAL_TIMEOUT_MS).')
param avepointTotalTimeoutMs int

@description('Hours without a successful backup after which an organisation is flagged (BACKUP_RPO_HOURS).')
param backupRpoHours int

@description('NCRONTAB schedule of the deliverAlerts timer (ALERTS_SCHEDULE).')
param alertsSchedule string

@description('Public URL for links (PUBLIC_BASE_URL); empty leaves it to the platform\'s WEBSITE_HOSTNAME.')
param publicBaseUrl string

@description('Bot authentication type (MicrosoftAppType).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string

@description('Bot app id (MicrosoftAppId): the identity client id for UserAssignedMSI, the Entra app id for SingleTenant.')
param botAppId string

@description('Name of the Key Vault secret holding the bot app password; used only when botAppType is SingleTenant.')
param botCredentialName string

@description('Comma-separated Entra tenant ids the bot serves (BOT_ALLOWED_TENANTS).')
param botAllowedTenants string

// Read here so the connection string never travels through a module output.
resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

var credentialReference = '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${avepointCredentialName})'

// Exactly one of the two credential settings, as a Key Vault reference (app/config.ts rejects both).
var credentialSettings = avepointCredentialKind == 'secret'
  ? { AVEPOINT_CLIENT_SECRET: credentialReference }
  : { AVEPOINT_CLIENT_CERTIFICATE: credentialReference }

// A password exists only for a SingleTenant bot; the managed identity needs none.
var botPasswordSettings = botAppType == 'SingleTenant'
  ? { MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${botCredentialName})' }
  : {}

var baseSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // With DisableLocalAuth the connection string only locates the component; ingestion needs an Entra token.
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  AVEPOINT_GRAPH_URL: avepointGraphUrl
  AVEPOINT_API: avepointApi
  AVEPOINT_TOKEN_URL: avepointTokenUrl
  AVEPOINT_CLIENT_ID: avepointClientId
  AVEPOINT_SCOPE: avepointScope
  AVEPOINT_TIMEOUT_MS: string(avepointTimeoutMs)
  AVEPOINT_TOTAL_TIMEOUT_MS: string(avepointTotalTimeoutMs)
  MicrosoftAppType: botAppType
  MicrosoftAppId: botAppId
  MicrosoftAppTenantId: tenant().tenantId
  BOT_ALLOWED_TENANTS: botAllowedTenants
  BACKUP_RPO_HOURS: string(backupRpoHours)
  ALERTS_SCHEDULE: alertsSchedule
}

// Without a custom URL the app builds links from WEBSITE_HOSTNAME, which the platform sets.
var linkSettings = empty(publicBaseUrl) ? {} : { PUBLIC_BASE_URL: publicBaseUrl }

var appSettings = union(baseSettings, credentialSettings, botPasswordSettings, linkSettings)

// Flex Consumption plan (serverless, per-instance memory, scale to zero).
resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

// The function app hosting the facade and the bot endpoint.
resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      // map(), not a for-expression: a for-expression needs its input at the start of the deployment, and
      // the Application Insights connection string is only known once the component exists (BCP178).
      appSettings: map(items(appSettings), setting => { name: setting.key, value: setting.value })
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
}

// Basic-auth publishing to the SCM site is off; az deploys with an Entra token (Flex offers no FTP).
resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
