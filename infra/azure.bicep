// Azure resources for TeamFlame for Microsoft Teams: one Linux App Service on Node 20 running the server
// (bot + tab API + built tab), an Azure Bot with the Teams channel authenticated by a user-assigned
// managed identity, and an Azure Database for PostgreSQL flexible server. Outputs are written back to
// env/.env.<env> by Teams Toolkit.

@maxLength(20)
@minLength(4)
param resourceBaseName string
param webAppSku string = 'B1'
param botDisplayName string
param location string = resourceGroup().location

param aadAppClientId string
param aadAppTenantId string
param teamflameApiUrl string = 'https://api.teamflame.ru'
param teamflameAuthUrl string = 'https://auth-api.teamflame.ru'
// TeamFlame's web app: pasted links to its tasks are unfurled by the message extension.
param teamflameWebUrl string = 'https://teamflame.ru'
// The Teams app's id (teamsApp/create writes it before arm/deploy): "Open in tab" becomes a Teams deep link.
param teamsAppId string = ''
param pollIntervalSeconds string = '30'
param logLevel string = 'info'

param databaseName string = 'teamflame'
param databaseAdminLogin string
@secure()
param databaseAdminPassword string
@secure()
param tokenEncryptionKey string
@secure()
param sessionSecret string

var serverfarmsName = resourceBaseName
var webAppName = resourceBaseName
var identityName = resourceBaseName
var postgresName = '${resourceBaseName}-pg'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresName
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: databaseAdminLogin
    administratorLoginPassword: databaseAdminPassword
    authConfig: { passwordAuth: 'Enabled', activeDirectoryAuth: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// Lets Azure services (the App Service) reach the server; no public client addresses. After the database:
// a flexible server refuses a second change while one is still running.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
  dependsOn: [database]
}

var databaseUrl = 'postgres://${databaseAdminLogin}:${uriComponent(databaseAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  // The server runs its migrations at start: the database and its firewall rule must exist by then.
  dependsOn: [database, allowAzure]
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/readyz'
      appCommandLine: 'node --max-old-space-size=512 --max-semi-space-size=8 bot/dist/index.js'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'PORT', value: '8080' }
        { name: 'BOT_ID', value: identity.properties.clientId }
        { name: 'BOT_TENANT_ID', value: identity.properties.tenantId }
        { name: 'BOT_TYPE', value: 'UserAssignedMsi' }
        // A managed identity has no secret and the adapter ignores BOT_PASSWORD with UserAssignedMsi, but
        // bot/src/config.ts requires the variable in production: a marker, never a credential.
        { name: 'BOT_PASSWORD', value: 'managed-identity' }
        { name: 'AAD_APP_CLIENT_ID', value: aadAppClientId }
        { name: 'AAD_APP_TENANT_ID', value: aadAppTenantId }
        { name: 'DATABASE_URL', value: databaseUrl }
        { name: 'TOKEN_ENCRYPTION_KEY', value: tokenEncryptionKey }
        { name: 'SESSION_SECRET', value: sessionSecret }
        { name: 'TEAMFLAME_API_URL', value: teamflameApiUrl }
        { name: 'TEAMFLAME_AUTH_URL', value: teamflameAuthUrl }
        { name: 'TEAMFLAME_WEB_URL', value: teamflameWebUrl }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        { name: 'POLL_INTERVAL_SECONDS', value: pollIntervalSeconds }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'PUBLIC_URL', value: 'https://${webAppName}.azurewebsites.net' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  name: resourceBaseName
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  location: 'global'
  name: 'MsTeamsChannel'
  properties: { channelName: 'MsTeamsChannel' }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output PUBLIC_URL string = 'https://${webApp.properties.defaultHostName}'
output POSTGRES_SERVER_FQDN string = postgres.properties.fullyQualifiedDomainName
