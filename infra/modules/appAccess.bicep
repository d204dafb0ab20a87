// What the app's user-assigned identity may do, as role assignments on the resources it uses.
// Kept apart from those resources: the names derive from the identity's principal id, a runtime
// value, and what-if cannot predict a module whose resource names are runtime values. Here that
// costs the preview of these few assignments only, not of the vault, storage and monitoring.

@description('Principal (object) id of the app\'s user-assigned identity. Assignment names derive from it, so a deleted and recreated identity gets new assignments instead of failing with RoleAssignmentUpdateNotPermitted.')
param principalId string

@description('Name of the storage account the Functions host, the deployment and the bot state use.')
param storageAccountName string

@description('Name of the Key Vault holding the credentials.')
param keyVaultName string

@description('Name of the Application Insights component the app sends telemetry to.')
param appInsightsName string

// Least privilege, by what the app does with each service:
// - Storage Blob Data Owner: the Functions host keeps keys, leases and timer state in blobs and the
//   platform reads/writes the deployment package; the host documentation asks for Owner (it manages containers).
// - Storage Table Data Contributor: the bot stores conversation state in tables (app/tables.ts).
// - Storage Queue Data Contributor is NOT granted: the app has HTTP (and timer) triggers only, nothing
//   uses queues, so AzureWebJobsStorage__queueServiceUri is not set either.
// - Key Vault Secrets User: reads secret values (Key Vault references); it cannot list or write.
// - Monitoring Metrics Publisher: despite its name it covers all telemetry types (Entra-only ingestion).
var roles = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// The storage account created by storage.bicep.
resource account 'Microsoft.Storage/storageAccounts@2026-09-01' existing = {
  name: storageAccountName
}

// The Key Vault created by keyVault.bicep.
resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

// The Application Insights component created by monitoring.bicep.
resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// Blob data access for the Functions host and the deployment package.
resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, roles.blobDataOwner)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.blobDataOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Table data access for bot conversation state.
resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, roles.tableDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.tableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Secret values for the app settings' Key Vault references.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Telemetry ingestion with an Entra token.
resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, principalId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
