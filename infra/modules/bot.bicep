// The Azure Bot registration that routes Teams traffic to the function app's /api/messages.
// Authenticates as the user-assigned identity (default) or a single-tenant Entra app; never MultiTenant.

@description('Name of the Azure Bot resource (globally unique).')
param name string

@description('Display name shown in Teams and the portal.')
param displayName string

@description('Pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Tags applied to the bot.')
param tags object

@description('Messaging endpoint, https://<app host>/api/messages.')
param endpoint string

@description('Bot authentication type.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('Bot app id: the identity client id for UserAssignedMSI, the Entra app id for SingleTenant.')
param appId string

@description('Resource id of the user-assigned identity (used only when appType is UserAssignedMSI).')
param identityId string

@description('Entra tenant of the bot identity (the deployment\'s tenant).')
param tenantId string

var isMsi = appType == 'UserAssignedMSI'

// Azure Bot (global resource) pointing at the function app.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: isMsi ? identityId : null
    publicNetworkAccess: 'Enabled'
  }
}

// Microsoft Teams channel, the only channel the bot is offered on.
resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output appId string = appId
