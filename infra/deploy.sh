#!/usr/bin/env bash
# Deploys everything after `az login`: the Azure resources (infra/main.bicep), the AvePoint
# credential into Key Vault, the function app code (Flex Consumption one deploy) and the Teams
# app package. Safe to run again: every step converges on the same state.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/deploy.sh -g RESOURCE_GROUP -p NAME_PREFIX [options]

  -g, --resource-group NAME   resource group (created if missing)          [env AZ_RESOURCE_GROUP]
  -l, --location REGION       region; required when the group is new      [env AZ_LOCATION]
  -p, --prefix PREFIX         3-12 character resource name prefix          [env NAME_PREFIX]
      --credential-file PATH  AvePoint client secret or certificate PEM file [env AVEPOINT_CREDENTIAL_FILE]
                              (or the value itself in env AVEPOINT_CREDENTIAL; nothing is set when neither is given)
      --parameter NAME=VALUE  override one Bicep parameter (repeatable)
      --parameters-file PATH  parameters file (default infra/main.parameters.json)
      --skip-app              deploy infrastructure and credential only, not the code
      --what-if               show what the deployment would change, then stop
  -h, --help                  this text

Other environment: AVEPOINT_CLIENT_ID, AVEPOINT_DATA_CENTER (Bicep parameters),
AVEPOINT_CREDENTIAL_SECRET_NAME (default avepoint-credential), BOT_APP_PASSWORD or
BOT_APP_PASSWORD_FILE (SingleTenant bot only), DEPLOYER_PRINCIPAL_ID / DEPLOYER_PRINCIPAL_TYPE,
TEAMS_APP_ID, TEAMS_DEVELOPER_NAME, TEAMS_DEVELOPER_WEBSITE_URL, TEAMS_DEVELOPER_PRIVACY_URL,
TEAMS_DEVELOPER_TERMS_URL, DEPLOY_ATTEMPTS (5), DEPLOY_RETRY_DELAY (30 s),
HEALTH_TIMEOUT (300 s), HEALTH_INTERVAL (10 s).
EOF
}

die() {
  echo "deploy.sh: $*" >&2
  exit 1
}

log() {
  echo "==> $*" >&2
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
resource_group="${AZ_RESOURCE_GROUP:-}"
location="${AZ_LOCATION:-}"
name_prefix="${NAME_PREFIX:-}"
credential_file="${AVEPOINT_CREDENTIAL_FILE:-}"
credential_secret_name="${AVEPOINT_CREDENTIAL_SECRET_NAME:-avepoint-credential}"
bot_password_file="${BOT_APP_PASSWORD_FILE:-}"
bot_password_secret_name="${BOT_APP_PASSWORD_SECRET_NAME:-bot-app-password}"
parameters_file="$ROOT/infra/main.parameters.json"
attempts="${DEPLOY_ATTEMPTS:-5}"
retry_delay="${DEPLOY_RETRY_DELAY:-30}"
health_timeout="${HEALTH_TIMEOUT:-300}"
health_interval="${HEALTH_INTERVAL:-10}"
what_if=false
skip_app=false
overrides=()

while (($# > 0)); do
  case "$1" in
    -g | --resource-group) resource_group="${2:?$1 needs a value}"; shift 2 ;;
    -l | --location) location="${2:?$1 needs a value}"; shift 2 ;;
    -p | --prefix) name_prefix="${2:?$1 needs a value}"; shift 2 ;;
    --credential-file) credential_file="${2:?$1 needs a value}"; shift 2 ;;
    --parameter) overrides+=("${2:?$1 needs NAME=VALUE}"); shift 2 ;;
    --parameters-file) parameters_file="${2:?$1 needs a value}"; shift 2 ;;
    --skip-app) skip_app=true; shift ;;
    --what-if) what_if=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

[[ -n "$resource_group" ]] || die "a resource group is required (-g or AZ_RESOURCE_GROUP)"
[[ -n "$name_prefix" ]] || die "a name prefix is required (-p or NAME_PREFIX)"
[[ -f "$parameters_file" ]] || die "parameters file not found: $parameters_file"
[[ -z "$credential_file" || -r "$credential_file" ]] || die "cannot read credential file: $credential_file"
[[ -z "$bot_password_file" || -r "$bot_password_file" ]] || die "cannot read bot password file: $bot_password_file"
command -v az >/dev/null || die "the Azure CLI (az) is not on PATH"
command -v node >/dev/null || die "node is not on PATH"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
umask 077

# Runs a command until it succeeds, at most $attempts times: role assignments made by the
# deployment can take a few minutes to reach Key Vault and the deployment storage.
retry() {
  local what="$1" attempt=1
  shift
  until "$@"; do
    ((attempt < attempts)) || die "$what failed after $attempts attempts"
    log "$what failed (attempt $attempt of $attempts; new role assignments can take minutes to apply); retrying in ${retry_delay}s"
    sleep "$retry_delay"
    attempt=$((attempt + 1))
  done
}

# Prints one string output of the deployment.
output() {
  node -e 'const o = require(process.argv[1]); const v = o[process.argv[2]]; if (!v) process.exit(1); console.log(v.value);' \
    "$work/outputs.json" "$1" || die "deployment output $1 is missing"
}

# Copies a secret value from a file into Key Vault (the value never appears on a command line).
set_secret() {
  local vault="$1" name="$2" file="$3"
  log "Setting Key Vault secret $name in $vault"
  retry "az keyvault secret set ($name)" \
    az keyvault secret set --vault-name "$vault" --name "$name" --file "$file" --encoding utf-8 --output none
}

az account show --output none 2>/dev/null || die "not logged in: run az login first"

# --- resource group ---------------------------------------------------------------------------
group_location="$(az group show --name "$resource_group" --query location --output tsv 2>/dev/null || true)"
if [[ -z "$group_location" ]]; then
  [[ -n "$location" ]] || die "resource group $resource_group does not exist: give a location (-l) to create it"
  if [[ "$what_if" == true ]]; then
    log "Resource group $resource_group does not exist: a deployment would create it and every resource in it"
    exit 0
  fi
  log "Creating resource group $resource_group in $location"
  az group create --name "$resource_group" --location "$location" --output none
fi
location="${location:-$group_location}"

# --- who deploys (made Key Vault Secrets Officer so the credential can be set) ----------------
deployer_id="${DEPLOYER_PRINCIPAL_ID:-}"
deployer_type="${DEPLOYER_PRINCIPAL_TYPE:-User}"
if [[ -z "$deployer_id" ]]; then
  if [[ "$(az account show --query user.type --output tsv)" == "user" ]]; then
    deployer_id="$(az ad signed-in-user show --query id --output tsv 2>/dev/null || true)"
    deployer_type=User
  else
    deployer_id="$(az ad sp show --id "$(az account show --query user.name --output tsv)" --query id --output tsv 2>/dev/null || true)"
    deployer_type=ServicePrincipal
  fi
  [[ -n "$deployer_id" ]] || log "Could not resolve the signed-in principal; set DEPLOYER_PRINCIPAL_ID to let deploy.sh write Key Vault secrets"
fi

# --- infrastructure ---------------------------------------------------------------------------
params=(
  --parameters "@$parameters_file"
  --parameters "namePrefix=$name_prefix" "location=$location"
  --parameters "avepointCredentialName=$credential_secret_name" "botCredentialName=$bot_password_secret_name"
  --parameters "deployerPrincipalId=$deployer_id" "deployerPrincipalType=$deployer_type"
)
[[ -z "${AVEPOINT_CLIENT_ID:-}" ]] || params+=(--parameters "avepointClientId=$AVEPOINT_CLIENT_ID")
[[ -z "${AVEPOINT_DATA_CENTER:-}" ]] || params+=(--parameters "avepointDataCenter=$AVEPOINT_DATA_CENTER")
for override in "${overrides[@]}"; do
  params+=(--parameters "$override")
done
deployment_name="avepoint-d365-jobs-$name_prefix"
placeholder_client_id=00000000-0000-0000-0000-000000000000
if [[ -z "${AVEPOINT_CLIENT_ID:-}" ]] && grep -q "$placeholder_client_id" "$parameters_file" &&
  ! printf '%s\n' "${overrides[@]}" | grep -q '^avepointClientId='; then
  log "WARNING: avepointClientId is the placeholder $placeholder_client_id; set AVEPOINT_CLIENT_ID to the AvePoint app registration's client id"
fi

if [[ "$what_if" == true ]]; then
  log "What-if for $deployment_name in $resource_group"
  az deployment group what-if --resource-group "$resource_group" --name "$deployment_name" \
    --template-file "$ROOT/infra/main.bicep" "${params[@]}"
  exit 0
fi

log "Deploying infra/main.bicep to $resource_group"
az deployment group create --resource-group "$resource_group" --name "$deployment_name" \
  --template-file "$ROOT/infra/main.bicep" "${params[@]}" \
  --query properties.outputs --output json >"$work/outputs.json"

app_name="$(output functionAppName)"
host_name="$(output functionAppHostName)"
facade_url="$(output facadeUrl)"
jobs_url="$(output jobsUrl)"
health_url="$(output healthUrl)"
bot_app_id="$(output botAppId)"
vault_name="$(output keyVaultName)"

# --- credentials (only when given) ------------------------------------------------------------
# Stores secret $1 from file $2 or, without one, from value $3; returns 1 when neither was given.
# (set_secret dies on failure, so a failed write never reads as "not given".)
store_given_secret() {
  local name="$1" file="$2" value="$3"
  if [[ -n "$file" ]]; then
    set_secret "$vault_name" "$name" "$file"
  elif [[ -n "$value" ]]; then
    printf '%s' "$value" >"$work/$name"
    set_secret "$vault_name" "$name" "$work/$name"
  else
    return 1
  fi
}

secret_changed=false
if store_given_secret "$credential_secret_name" "$credential_file" "${AVEPOINT_CREDENTIAL:-}"; then
  secret_changed=true
elif az keyvault secret show --vault-name "$vault_name" --name "$credential_secret_name" --query id --output tsv >/dev/null 2>&1; then
  log "No AvePoint credential given: keeping the current value of $credential_secret_name in $vault_name"
else
  # Until the secret exists the Key Vault reference does not resolve and every AvePoint call fails.
  log "WARNING: $vault_name has no secret $credential_secret_name yet; the app cannot call AvePoint until you run again with --credential-file or AVEPOINT_CREDENTIAL"
fi
if store_given_secret "$bot_password_secret_name" "$bot_password_file" "${BOT_APP_PASSWORD:-}"; then
  secret_changed=true
fi

# --- code -------------------------------------------------------------------------------------
out_dir="$ROOT/dist/deploy"
app_zip="$out_dir/app.zip"
if [[ "$skip_app" == true ]]; then
  if [[ "$secret_changed" == true ]]; then
    log "Restarting $app_name so Key Vault references pick up the new secret"
    az functionapp restart --resource-group "$resource_group" --name "$app_name" --output none
  fi
else
  # An esbuild bundle with every dependency inside, the bot in a file of its own that is read on
  # the first bot request: a ~5 MB package without node_modules that loads faster on a cold start
  # than the tsc output (layout and figures in docs/PERFORMANCE.md).
  log "Building the app bundle"
  (cd "$ROOT" && npm ci --no-audit --no-fund && npm run build:bundle)

  log "Packaging the bundle"
  mkdir -p "$out_dir"
  rm -f "$app_zip"
  (cd "$ROOT/dist/bundle" && zip -qr "$app_zip" dist host.json package.json)

  log "Deploying the package to $app_name"
  retry "az functionapp deployment source config-zip" \
    az functionapp deployment source config-zip --resource-group "$resource_group" --name "$app_name" \
    --src "$app_zip" --build-remote false --output none

  log "Waiting for $health_url"
  deadline=$((SECONDS + health_timeout))
  until [[ "$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 "$health_url" || true)" == "200" ]]; do
    ((SECONDS < deadline)) || die "$health_url did not answer 200 within ${health_timeout}s"
    sleep "$health_interval"
  done
fi

# --- Teams app package ------------------------------------------------------------------------
teams_dir="$out_dir/teams"
teams_zip="$out_dir/teams-app.zip"
rm -rf "$teams_dir"
mkdir -p "$teams_dir"
cp "$ROOT/appPackage/color.png" "$ROOT/appPackage/outline.png" "$teams_dir/"
TEAMS_APP_ID="${TEAMS_APP_ID:-$bot_app_id}" BOT_ID="$bot_app_id" APP_HOST="$host_name" \
  DEVELOPER_NAME="${TEAMS_DEVELOPER_NAME:-IT Operations}" \
  DEVELOPER_WEBSITE_URL="${TEAMS_DEVELOPER_WEBSITE_URL:-https://$host_name/}" \
  DEVELOPER_PRIVACY_URL="${TEAMS_DEVELOPER_PRIVACY_URL:-https://$host_name/}" \
  DEVELOPER_TERMS_URL="${TEAMS_DEVELOPER_TERMS_URL:-https://$host_name/}" \
  node "$ROOT/infra/fill-manifest.js" "$ROOT/appPackage/manifest.json" "$teams_dir/manifest.json"
rm -f "$teams_zip"
(cd "$teams_dir" && zip -q -X "$teams_zip" manifest.json color.png outline.png)

cat <<EOF

Deployed $app_name ($resource_group).
  Facade:        POST $facade_url
                 GET  $jobs_url
  Health:        GET  $health_url
  Function key:  az functionapp keys list --resource-group $resource_group --name $app_name --query functionKeys.default --output tsv
                 (send it as the x-functions-key header)
  Bot endpoint:  https://$host_name/api/messages (app id $bot_app_id)
  Teams app:     $teams_zip (upload in Teams > Apps > Manage your apps, or in the Teams admin center)
EOF
