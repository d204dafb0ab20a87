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
      --what-if               show what the deployment would change, then stop (changes nothing;
                              exits 2 when the resource group does not exist yet)
  -h, --help                  this text

A second run keeps the parameters of the previous deployment (read back from it); what you give
wins: precedence is main.parameters.json < previous deployment < AVEPOINT_* env < --parameter.
The Key Vault secret names are the parameters avepointCredentialName and botCredentialName.

Other environment: AVEPOINT_CLIENT_ID, AVEPOINT_DATA_CENTER (Bicep parameters), BOT_APP_PASSWORD
or BOT_APP_PASSWORD_FILE (SingleTenant bot only), DEPLOYER_PRINCIPAL_ID / DEPLOYER_PRINCIPAL_TYPE,
TEAMS_APP_ID, TEAMS_DEVELOPER_NAME, TEAMS_DEVELOPER_WEBSITE_URL, TEAMS_DEVELOPER_PRIVACY_URL,
TEAMS_DEVELOPER_TERMS_URL, JOBS_API_KEY_REGISTRATION_ID (the Copilot agent's API key, docs/COPILOT.md),
DEPLOY_ATTEMPTS (5), DEPLOY_RETRY_DELAY (30 s), UPLOAD_TIMEOUT (900 s),
HEALTH_TIMEOUT (300 s), HEALTH_INTERVAL (10 s), HEALTH_REQUEST_TIMEOUT (30 s).
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
bot_password_file="${BOT_APP_PASSWORD_FILE:-}"
parameters_file="$ROOT/infra/main.parameters.json"
attempts="${DEPLOY_ATTEMPTS:-5}"
retry_delay="${DEPLOY_RETRY_DELAY:-30}"
health_timeout="${HEALTH_TIMEOUT:-300}"
health_interval="${HEALTH_INTERVAL:-10}"
# Longer than the app's own bound on an upstream call (AVEPOINT_TOTAL_TIMEOUT_MS, 10 s): a slow
# AvePoint must show as a slow answer, not as a host that is down.
health_request_timeout="${HEALTH_REQUEST_TIMEOUT:-30}"
upload_timeout="${UPLOAD_TIMEOUT:-900}"
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

# --- tools: all checked before anything is read or created ----------------------------------
# Oldest versions this script is known to need: Node as package.json's engines says; the Azure
# CLI as docs/DEPLOY.md says: config-zip to a Flex Consumption app needs a recent one.
MIN_NODE_VERSION=20.19.0
MIN_AZ_VERSION=2.67.0

# True when dotted version $1 >= $2 (numeric per part; bash 3.2 has no sort -V on macOS).
version_at_least() {
  local IFS=.
  # shellcheck disable=SC2206 # splitting on dots is the point
  local have=($1) want=($2) i
  for i in 0 1 2; do
    ((${have[i]:-0} > ${want[i]:-0})) && return 0
    ((${have[i]:-0} < ${want[i]:-0})) && return 1
  done
  return 0
}

missing=()
for tool in az node; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [[ "$skip_app" != true && "$what_if" != true ]]; then
  command -v npm >/dev/null || missing+=(npm)
fi
if [[ "$what_if" != true ]]; then
  command -v zip >/dev/null || missing+=(zip)
  command -v curl >/dev/null || missing+=(curl)
fi
[[ ${#missing[@]} -eq 0 ]] || die "missing on PATH: ${missing[*]} (install them, then run again; nothing was changed)"
node_version="$(node --version)"
node_version="${node_version#v}"
version_at_least "$node_version" "$MIN_NODE_VERSION" || die "node $node_version is too old: $MIN_NODE_VERSION or newer is needed"
az_version="$(az version --query '"azure-cli"' --output tsv 2>/dev/null || true)"
[[ -n "$az_version" ]] || die "could not read the Azure CLI version (az version)"
version_at_least "$az_version" "$MIN_AZ_VERSION" || die "Azure CLI $az_version is too old: $MIN_AZ_VERSION or newer is needed (az upgrade)"

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

# Runs a command for at most $1 seconds (no coreutils `timeout` on macOS); on expiry it stops
# the command and the script, saying what hung. It polls rather than keeping a watchdog process,
# which could outlive the script and hold its output open.
bounded() {
  local seconds="$1" what="$2" pid deadline status=0
  shift 2
  deadline=$((SECONDS + seconds))
  "$@" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      die "$what did not finish within ${seconds}s and was stopped; check the network path to Azure (proxy, VPN), then run again (UPLOAD_TIMEOUT raises the bound)"
    fi
    sleep 1
  done
  wait "$pid" || status=$?
  return "$status"
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

# --- what exists already (read only) ----------------------------------------------------------
group_location="$(az group show --name "$resource_group" --query location --output tsv 2>/dev/null || true)"
if [[ -z "$group_location" ]]; then
  if [[ "$what_if" == true ]]; then
    # what-if needs a group to compare against: say so rather than report success having checked nothing.
    log "Resource group $resource_group does not exist, so what-if cannot preview anything: a deployment would create the group${location:+ in $location} and every resource in infra/main.bicep. Nothing was checked or changed."
    exit 2
  fi
  [[ -n "$location" ]] || die "resource group $resource_group does not exist: give a location (-l) to create it"
fi
location="${location:-$group_location}"
deployment_name="avepoint-d365-jobs-$name_prefix"

# The parameters of the previous deployment, so that a second run (a credential rotation, a code
# update) keeps the first run's client id, data centre and credential kind instead of falling back
# to main.parameters.json's placeholders. deploy.sh sets the ones left out on every run.
previous_parameters="$work/previous.parameters.json"
if [[ -n "$group_location" ]] &&
  az deployment group show --resource-group "$resource_group" --name "$deployment_name" \
    --query properties.parameters --output json >"$work/previous.json" 2>/dev/null; then
  # shellcheck disable=SC2016 # JavaScript, not shell: $schema is a JSON key
  node -e '
    const fs = require("fs");
    const [from, to] = process.argv.slice(1);
    const recomputed = ["namePrefix", "location", "deployerPrincipalId", "deployerPrincipalType"];
    const previous = JSON.parse(fs.readFileSync(from, "utf8") || "{}") || {};
    const parameters = {};
    for (const [name, p] of Object.entries(previous)) if (!recomputed.includes(name) && p && "value" in p) parameters[name] = { value: p.value };
    fs.writeFileSync(to, JSON.stringify({ $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", contentVersion: "1.0.0.0", parameters }, null, 2));
  ' "$work/previous.json" "$previous_parameters"
  log "Keeping the parameters of the previous deployment $deployment_name (override with --parameter NAME=VALUE)"
else
  previous_parameters=""
fi

# NAME=VALUE pairs given on this run, lowest precedence first (az applies later --parameters last).
given=()
[[ -z "${AVEPOINT_CLIENT_ID:-}" ]] || given+=("avepointClientId=$AVEPOINT_CLIENT_ID")
[[ -z "${AVEPOINT_DATA_CENTER:-}" ]] || given+=("avepointDataCenter=$AVEPOINT_DATA_CENTER")
given+=(${overrides[@]+"${overrides[@]}"})

# NAME<TAB>VALUE of the parameters file, then of the previous deployment (later lines win).
node -e '
  const fs = require("fs");
  for (const f of process.argv.slice(1)) {
    if (!f) continue;
    for (const [name, p] of Object.entries(JSON.parse(fs.readFileSync(f, "utf8")).parameters || {})) {
      if (p && "value" in p) console.log(name + "\t" + (typeof p.value === "string" ? p.value : JSON.stringify(p.value)));
    }
  }
' "$parameters_file" "$previous_parameters" >"$work/known.tsv"

# The value a string parameter will have: the last given NAME=VALUE, else the previous deployment,
# else the parameters file, else $2 (the template's default). The script and the template thus
# agree on secret names, credential kind and bot type.
parameter() {
  local name="$1" value="${2:-}" key known pair
  while IFS=$'\t' read -r key known; do
    if [[ "$key" == "$name" ]]; then value="$known"; fi
  done <"$work/known.tsv"
  for pair in ${given[@]+"${given[@]}"}; do
    if [[ "$pair" == "$name="* ]]; then value="${pair#*=}"; fi
  done
  printf '%s\n' "$value"
}

credential_secret_name="$(parameter avepointCredentialName avepoint-credential)"
credential_kind="$(parameter avepointCredentialKind secret)"
bot_password_secret_name="$(parameter botCredentialName bot-app-password)"
bot_app_type="$(parameter botAppType UserAssignedMSI)"
client_id="$(parameter avepointClientId)"

# --- checks that need no Azure change ---------------------------------------------------------
# The Azure Bot accepts SingleTenant only with an Entra app id; the template cannot tell in time.
if [[ "$bot_app_type" == SingleTenant && -z "$(parameter botAppId)" ]]; then
  die "botAppType is SingleTenant but botAppId is empty: add --parameter botAppId=<Entra application (client) id> (and BOT_APP_PASSWORD_FILE), or use the default botAppType=UserAssignedMSI"
fi
# A PEM stored as a client secret (or a secret as a certificate) breaks every AvePoint call.
credential_given="${credential_file:+file}"
[[ -n "$credential_given" || -z "${AVEPOINT_CREDENTIAL:-}" ]] || credential_given=value
if [[ -n "$credential_given" ]]; then
  if [[ -n "$credential_file" ]]; then looks_pem=$(grep -c -- '-----BEGIN' "$credential_file" || true); else looks_pem=$(printf '%s' "$AVEPOINT_CREDENTIAL" | grep -c -- '-----BEGIN' || true); fi
  if [[ "$credential_kind" == secret && "$looks_pem" -gt 0 ]]; then
    die "the AvePoint credential is a PEM certificate but avepointCredentialKind is secret: add --parameter avepointCredentialKind=certificate"
  fi
  if [[ "$credential_kind" == certificate && "$looks_pem" -eq 0 ]]; then
    die "avepointCredentialKind is certificate but the AvePoint credential is not a PEM file (no -----BEGIN line): give the certificate with its private key, or --parameter avepointCredentialKind=secret"
  fi
fi
placeholder_client_id=00000000-0000-0000-0000-000000000000
if [[ "$client_id" == "$placeholder_client_id" ]]; then
  log "WARNING: avepointClientId is the placeholder $placeholder_client_id; set AVEPOINT_CLIENT_ID to the AvePoint app registration's client id"
fi

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

params=(--parameters "@$parameters_file")
[[ -z "$previous_parameters" ]] || params+=(--parameters "@$previous_parameters")
params+=(
  --parameters "namePrefix=$name_prefix" "location=$location"
  --parameters "deployerPrincipalId=$deployer_id" "deployerPrincipalType=$deployer_type"
)
for pair in ${given[@]+"${given[@]}"}; do
  params+=(--parameters "$pair")
done

if [[ "$what_if" == true ]]; then
  log "What-if for $deployment_name in $resource_group (nothing is changed)"
  az deployment group what-if --resource-group "$resource_group" --name "$deployment_name" \
    --template-file "$ROOT/infra/main.bicep" "${params[@]}"
  exit 0
fi

# --- code package: built before anything is created, so a broken build changes nothing --------
out_dir="$ROOT/dist/deploy"
app_zip="$out_dir/app.zip"
mkdir -p "$out_dir"
if [[ "$skip_app" != true ]]; then
  # An esbuild bundle with every dependency inside, the bot in a file of its own that is read on
  # the first bot request: a ~5 MB package without node_modules that loads faster on a cold start
  # than the tsc output (layout and figures in docs/PERFORMANCE.md).
  log "Building the app bundle"
  (cd "$ROOT" && npm ci --no-audit --no-fund && npm run build:bundle)

  log "Packaging the bundle"
  rm -f "$app_zip"
  (cd "$ROOT/dist/bundle" && zip -qr "$app_zip" dist host.json package.json)
fi

# --- resource group and infrastructure --------------------------------------------------------
if [[ -z "$group_location" ]]; then
  log "Creating resource group $resource_group in $location"
  az group create --name "$resource_group" --location "$location" --output none
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
if [[ "$bot_app_type" == SingleTenant ]] && store_given_secret "$bot_password_secret_name" "$bot_password_file" "${BOT_APP_PASSWORD:-}"; then
  secret_changed=true
fi

# --- code -------------------------------------------------------------------------------------
if [[ "$skip_app" != true ]]; then
  log "Deploying the package to $app_name (at most ${upload_timeout}s)"
  retry "az functionapp deployment source config-zip" \
    bounded "$upload_timeout" "The upload of $app_zip to $app_name" \
    az functionapp deployment source config-zip --resource-group "$resource_group" --name "$app_name" \
    --src "$app_zip" --build-remote false --timeout "$upload_timeout" --output none
fi

# The platform caches Key Vault reference values: only a restart makes the app read a new secret.
if [[ "$secret_changed" == true ]]; then
  log "Restarting $app_name so its Key Vault references read the new secret"
  az functionapp restart --resource-group "$resource_group" --name "$app_name" --output none
fi

# --- is the host up? --------------------------------------------------------------------------
# Any answer of the app's own /api/health (JSON with status and upstream) means the host runs. 503
# means AvePoint is not reachable yet (placeholder client id, no credential yet): a warning with what
# to do, not a failed deployment. Other answers (the platform's 404 or 503 pages while the host
# starts) mean: wait.
health_warning=""
if [[ "$skip_app" != true || "$secret_changed" == true ]]; then
  log "Waiting for $health_url"
  deadline=$((SECONDS + health_timeout))
  while :; do
    code="$(curl --silent --output "$work/health.json" --write-out '%{http_code}' --max-time "$health_request_timeout" "$health_url" || true)"
    verdict="$(node -e '
      const fs = require("fs");
      let h;
      try { h = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { process.exit(1); }
      if (!h || typeof h.status !== "string" || typeof h.upstream !== "object" || !h.upstream) process.exit(1);
      console.log([h.status, h.upstream.token, h.upstream.api].join(" "));
    ' "$work/health.json" 2>/dev/null || true)"
    [[ -z "$verdict" ]] || break
    ((SECONDS < deadline)) || die "the app did not come up: $health_url gave no health answer within ${health_timeout}s (last HTTP status ${code:-none}); see the app's log stream: az webapp log tail --resource-group $resource_group --name $app_name"
    sleep "$health_interval"
  done
  # shellcheck disable=SC2086 # three words, split on purpose
  set -- $verdict
  if [[ "$1" != healthy ]]; then
    if [[ "$2" != ok ]]; then
      health_warning="the app runs, but AvePoint gave it no token (HTTP $code). Check the client id (avepointClientId=$client_id), the data centre, and that Key Vault secret $credential_secret_name in $vault_name holds the $credential_kind; then store it with: infra/deploy.sh -g $resource_group -p $name_prefix --skip-app --credential-file <file>"
    else
      health_warning="the app runs and has an AvePoint token, but the jobs API did not answer (HTTP $code). Check that the AvePoint app registration has Dynamics.ReadWrite.All and that the data centre is right; then: curl $health_url"
    fi
    log "WARNING: $health_warning"
  fi
fi

# --- Teams app package ------------------------------------------------------------------------
# The bot, the "Find jobs" message extension, link unfurling for this host and the Copilot agent with
# its API plugin. The plugin sends the function key that the Teams Developer Portal keeps for it (an API
# key registration, docs/COPILOT.md); without its id the package leaves the agent out and says how to add it.
teams_dir="$out_dir/teams"
teams_zip="$out_dir/teams-app.zip"
rm -rf "$teams_dir"
mkdir -p "$teams_dir/adaptiveCards"
cp "$ROOT/appPackage/color.png" "$ROOT/appPackage/outline.png" "$ROOT/appPackage/declarativeAgent.json" "$teams_dir/"
cp "$ROOT/appPackage/adaptiveCards/"*.json "$teams_dir/adaptiveCards/"
package_files=(manifest.json color.png outline.png)
agent_note=""
JOBS_API_KEY_REGISTRATION_ID="${JOBS_API_KEY_REGISTRATION_ID:-}"
if [[ -n "$JOBS_API_KEY_REGISTRATION_ID" ]]; then
  # The plugin's OpenAPI document is the one the app serves: its server is this app's public URL.
  retry "GET https://$host_name/api/openapi.json" \
    curl --silent --show-error --fail --max-time "$health_request_timeout" --output "$teams_dir/openapi.json" "https://$host_name/api/openapi.json"
  JOBS_API_KEY_REGISTRATION_ID="$JOBS_API_KEY_REGISTRATION_ID" \
    node "$ROOT/infra/fill-manifest.js" "$ROOT/appPackage/ai-plugin.json" "$teams_dir/ai-plugin.json"
  package_files+=(declarativeAgent.json ai-plugin.json openapi.json adaptiveCards)
else
  agent_note="without the Copilot agent: register the function key in the Teams Developer Portal (docs/COPILOT.md), then run again with JOBS_API_KEY_REGISTRATION_ID=<its id>"
  log "Packaging the Teams app $agent_note"
fi
TEAMS_APP_ID="${TEAMS_APP_ID:-$bot_app_id}" BOT_ID="$bot_app_id" APP_HOST="$host_name" \
  DEVELOPER_NAME="${TEAMS_DEVELOPER_NAME:-IT Operations}" \
  DEVELOPER_WEBSITE_URL="${TEAMS_DEVELOPER_WEBSITE_URL:-https://$host_name/}" \
  DEVELOPER_PRIVACY_URL="${TEAMS_DEVELOPER_PRIVACY_URL:-https://$host_name/}" \
  DEVELOPER_TERMS_URL="${TEAMS_DEVELOPER_TERMS_URL:-https://$host_name/}" \
  node "$ROOT/infra/fill-manifest.js" "$ROOT/appPackage/manifest.json" "$teams_dir/manifest.json"
if [[ -z "$JOBS_API_KEY_REGISTRATION_ID" ]]; then
  node -e '
    const fs = require("fs");
    const file = process.argv[1];
    const { copilotAgents: _agent, ...manifest } = JSON.parse(fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  ' "$teams_dir/manifest.json"
fi
rm -f "$teams_zip"
(cd "$teams_dir" && zip -q -X -r "$teams_zip" "${package_files[@]}")

cat <<EOF

Deployed $app_name ($resource_group).
  Facade:        POST $facade_url
                 GET  $jobs_url
  Health:        GET  $health_url${health_warning:+
                 WARNING: $health_warning}
  Function key:  az functionapp keys list --resource-group $resource_group --name $app_name --query functionKeys.default --output tsv
                 (send it as the x-functions-key header)
  Bot endpoint:  https://$host_name/api/messages (app id $bot_app_id)
  Teams app:     $teams_zip (upload in Teams > Apps > Manage your apps, or in the Teams admin center)${agent_note:+
                 $agent_note}
  Copilot key:   register the function key for https://$host_name/api in the Teams Developer Portal
                 (Tools > API key registration, docs/COPILOT.md); its id goes in JOBS_API_KEY_REGISTRATION_ID
EOF
