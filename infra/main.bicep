// AvePoint Cloud Backup for Dynamics 365 job watcher: Flex Consumption function app (HTTP facade and
// Teams bot endpoint), its identity, storage, Key Vault, monitoring and Azure Bot registration.
targetScope = 'resourceGroup'

@description('Short lowercase prefix for resource names (letters, digits, hyphens; 3-12 characters).')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Azure region for everything except the bot (global); must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Tags applied to every resource.')
param tags object = {}

@description('AvePoint data centre of your tenant (AvePoint Online Services > Settings shows it); fedramp selects the FedRAMP environment.')
@allowed([
  'au'
  'sg'
  'ca'
  'ne'
  'we'
  'fr'
  'de'
  'jp'
  'kr'
  'ch'
  'uk'
  'us'
  'uae'
  'za'
  'qa'
  'gov'
  'aos2'
  'gcp-au'
  'gcp-jp'
  'gcp-us'
  'gcp-we'
  'gcp-kr'
  'fedramp'
])
param avepointDataCenter string

@description('Upstream dialect: graph (GET /dynamicsbackup/jobs) or legacy (POST /api/OpenApi/GetJobs).')
@allowed([
  'graph'
  'legacy'
])
param avepointApi string = 'graph'

@description('Client id of the app registered in AvePoint Online Services > App registration.')
@minLength(1)
param avepointClientId string

@description('How the app proves itself to AvePoint: a client secret or a certificate (PEM with private key). AvePoint recommends certificates.')
@allowed([
  'secret'
  'certificate'
])
param avepointCredentialKind string = 'secret'

@description('Name of the Key Vault secret that holds the AvePoint credential; deploy.sh writes the value there.')
param avepointCredentialName string = 'avepoint-credential'

@description('OAuth scope requested from AvePoint.')
param avepointScope string = 'dynamics.readwrite.all'

@description('Per-attempt upstream timeout in milliseconds.')
@minValue(100)
@maxValue(60000)
param avepointTimeoutMs int = 5000

@description('Total upstream time budget in milliseconds, retries included.')
@minValue(100)
@maxValue(120000)
param avepointTotalTimeoutMs int = 10000

@description('Hours without a successful backup after which an organisation is flagged in summaries and missed-backup alerts (BACKUP_RPO_HOURS).')
@minValue(1)
@maxValue(720)
param backupRpoHours int = 24

@description('NCRONTAB schedule of the deliverAlerts timer (ALERTS_SCHEDULE), six fields.')
param alertsSchedule string = '0 */5 * * * *'

@description('Public URL that links in responses start with (PUBLIC_BASE_URL), e.g. a custom domain; empty means the app\'s own host name.')
param publicBaseUrl string = ''

@description('Bot authentication: UserAssignedMSI (the app identity, no secret) or SingleTenant (an Entra app registration with a password in Key Vault).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('Entra application (client) id of the bot; required only when botAppType is SingleTenant.')
param botAppId string = ''

@description('Name of the Key Vault secret holding the SingleTenant bot password; unused for UserAssignedMSI.')
param botCredentialName string = 'bot-app-password'

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Display name of the bot in Teams.')
param botDisplayName string = 'AvePoint D365 Backup Jobs'

@description('Entra tenant ids the bot answers; empty means only the tenant of this deployment.')
param botAllowedTenants array = []

@description('Memory per Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum number of instances the app scales out to (Flex Consumption allows 40-1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Days a deleted Key Vault or secret stays recoverable (soft delete is always on).')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Turn on Key Vault purge protection (cannot be turned off again).')
param keyVaultPurgeProtection bool = false

@description('Object id of the deploying user or service principal, made Key Vault Secrets Officer so the credential can be set; empty to skip.')
param deployerPrincipalId string = ''

@description('Kind of the deploying principal.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string = 'User'

var suffix = uniqueString(resourceGroup().id, namePrefix)
var compactPrefix = take(toLower(replace(namePrefix, '-', '')), 9)
var names = {
  identity: 'id-${namePrefix}-${suffix}'
  storage: 'st${compactPrefix}${suffix}'
  keyVault: 'kv-${take(compactPrefix, 8)}-${take(suffix, 10)}'
  workspace: 'log-${namePrefix}-${suffix}'
  appInsights: 'appi-${namePrefix}-${suffix}'
  plan: 'asp-${namePrefix}-${suffix}'
  functionApp: 'func-${namePrefix}-${suffix}'
  bot: 'bot-${namePrefix}-${suffix}'
}
var deploymentContainerName = 'app-package'

var avepointGraphUrl = avepointDataCenter == 'fedramp'
  ? 'https://graphusgovapi.online15.net'
  : 'https://graph-${avepointDataCenter}.avepointonlineservices.com'

// One identity service per AvePoint environment: commercial, US Gov, AOS2 and FedRAMP.
var avepointTokenUrls = {
  commercial: 'https://identity.avepointonlineservices.com/connect/token'
  gov: 'https://identity-gov.avepointonlineservices.com/connect/token'
  aos2: 'https://identity-aos2.avepointonlineservices.com/connect/token'
  fedramp: 'https://identity.online15.net/connect/token'
}
var avepointEnvironment = contains(['gov', 'aos2', 'fedramp'], avepointDataCenter) ? avepointDataCenter : 'commercial'

var botId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    enablePurgeProtection: keyVaultPurgeProtection
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
  }
}

module appAccess 'modules/appAccess.bicep' = {
  name: 'appAccess'
  params: {
    // A runtime value on purpose (see appAccess.bicep): only this module's preview is lost in what-if.
    #disable-next-line what-if-short-circuiting
    principalId: identity.outputs.principalId
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
  // Deployment-time names keep the scopes predictable; the order comes from here instead.
  dependsOn: [
    storage
    keyVault
    monitoring
  ]
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  // The host needs its storage, Key Vault and telemetry roles when it first starts.
  dependsOn: [
    appAccess
  ]
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsName: names.appInsights
    keyVaultUri: keyVault.outputs.uri
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    avepointGraphUrl: avepointGraphUrl
    avepointApi: avepointApi
    avepointTokenUrl: avepointTokenUrls[avepointEnvironment]
    avepointClientId: avepointClientId
    avepointCredentialKind: avepointCredentialKind
    avepointCredentialName: avepointCredentialName
    avepointScope: avepointScope
    avepointTimeoutMs: avepointTimeoutMs
    avepointTotalTimeoutMs: avepointTotalTimeoutMs
    backupRpoHours: backupRpoHours
    alertsSchedule: alertsSchedule
    publicBaseUrl: publicBaseUrl
    botAppType: botAppType
    botAppId: botId
    botCredentialName: botCredentialName
    botAllowedTenants: empty(botAllowedTenants) ? tenant().tenantId : join(botAllowedTenants, ',')
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    sku: botSku
    tags: tags
    endpoint: 'https://${functionApp.outputs.hostName}/api/messages'
    appType: botAppType
    appId: botId
    identityId: identity.outputs.id
    tenantId: tenant().tenantId
  }
}

output resourceGroupName string = resourceGroup().name
output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.hostName
output facadeUrl string = 'https://${functionApp.outputs.hostName}/api/OpenApi/GetJobs'
output jobsUrl string = 'https://${functionApp.outputs.hostName}/api/jobs'
output healthUrl string = 'https://${functionApp.outputs.hostName}/api/health'
output botName string = bot.outputs.name
output botEndpoint string = 'https://${functionApp.outputs.hostName}/api/messages'
output botAppId string = bot.outputs.appId
output keyVaultName string = keyVault.outputs.name
output storageAccountName string = storage.outputs.name
output identityName string = identity.outputs.name
output appInsightsName string = monitoring.outputs.appInsightsName
