{{/*
Helpers of the interview-system chart.

The per-service templates (deployment, service, configmap, secret, scaledobject, pdb) range over
"interview-system.workloads": every enabled service of .Values.services plus every enabled entry of
.Values.stages.extra, normalised to one shape. Helpers that describe one workload take a dict
(dict "root" $ "w" $workload).
*/}}

{{- define "interview-system.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-<chart>, or the release name alone when it already contains the chart name. */}}
{{- define "interview-system.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "interview-system.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every resource of the release. */}}
{{- define "interview-system.commonLabels" -}}
helm.sh/chart: {{ include "interview-system.chart" . }}
app.kubernetes.io/name: {{ include "interview-system.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: {{ include "interview-system.name" . }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
The workloads as JSON: name -> spec. Built-in services keep their block (plus "name"); an extra stage
becomes "interviewer-<stage>" with stages.defaults under its own fields, "stage" = its name, and
"groupId" defaulting to the service name (the stage runner's own default group).
*/}}
{{- define "interview-system.workloads" -}}
{{- $workloads := dict -}}
{{- range $name, $svc := .Values.services -}}
{{- if $svc.enabled -}}
{{- $w := deepCopy $svc -}}
{{- $_ := set $w "name" $name -}}
{{- $_ := set $w "extraStage" false -}}
{{- $_ := set $workloads $name $w -}}
{{- end -}}
{{- end -}}
{{- range $stage := .Values.stages.extra -}}
{{- if or (not (hasKey $stage "enabled")) $stage.enabled -}}
{{- $name := printf "interviewer-%s" $stage.name -}}
{{- if hasKey $workloads $name -}}
{{- fail (printf "stages.extra: stage %q would be the service %q, which is already deployed" $stage.name $name) -}}
{{- end -}}
{{- $w := deepCopy $.Values.stages.defaults -}}
{{- /* set, not merge: an explicit 0 or "" in the entry must win over the default */ -}}
{{- range $key, $value := $stage -}}
{{- if and (eq $key "env") (kindIs "map" $value) -}}
{{- $_ := set $w "env" (merge (deepCopy $value) (deepCopy ($w.env | default dict))) -}}
{{- else -}}
{{- $_ := set $w $key (deepCopy $value) -}}
{{- end -}}
{{- end -}}
{{- $_ := set $w "name" $name -}}
{{- $_ := set $w "stage" $stage.name -}}
{{- $_ := set $w "extraStage" true -}}
{{- $_ := set $w "enabled" true -}}
{{- if not $stage.groupId -}}
{{- $_ := set $w "groupId" $name -}}
{{- end -}}
{{- $_ := set $workloads $name $w -}}
{{- end -}}
{{- end -}}
{{- toJson $workloads -}}
{{- end -}}

{{/* Resource name of a workload: <fullname>-<service>. */}}
{{- define "interview-system.workloadName" -}}
{{- printf "%s-%s" (include "interview-system.fullname" .root) .w.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "interview-system.selectorLabels" -}}
app.kubernetes.io/name: {{ include "interview-system.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .w.name }}
{{- end -}}

{{- define "interview-system.labels" -}}
{{ include "interview-system.commonLabels" .root }}
app.kubernetes.io/component: {{ .w.name }}
{{- end -}}

{{- define "interview-system.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "interview-system.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* registry/repository:tag of a workload. */}}
{{- define "interview-system.image" -}}
{{- $root := .root -}}
{{- $image := .w.image | default dict -}}
{{- $repository := required (printf "services.%s.image.repository is required" .w.name) $image.repository -}}
{{- $tag := $image.tag | default $root.Values.image.tag | default $root.Chart.AppVersion -}}
{{- if $root.Values.image.registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $root.Values.image.registry) $repository $tag -}}
{{- else -}}
{{- printf "%s:%s" $repository $tag -}}
{{- end -}}
{{- end -}}

{{- define "interview-system.imagePullPolicy" -}}
{{- $image := .w.image | default dict -}}
{{- $image.pullPolicy | default .root.Values.image.pullPolicy -}}
{{- end -}}

{{/* Environment variable that overrides a SmallRye Kafka channel's consumer group. */}}
{{- define "interview-system.groupIdEnv" -}}
{{- printf "MP_MESSAGING_INCOMING_%s_GROUP_ID" (regexReplaceAll "[^A-Za-z0-9]" . "_" | upper) -}}
{{- end -}}

{{/* A value as an environment string: strings as they are, numbers and booleans as JSON (no 1e+09). */}}
{{- define "interview-system.envValue" -}}
{{- if kindIs "string" . -}}{{ . }}{{- else -}}{{ toJson . }}{{- end -}}
{{- end -}}

{{/* Directory an extra stage's question bank ConfigMap is mounted at. */}}
{{- define "interview-system.bankDir" -}}
/etc/interview/stage-bank
{{- end -}}

{{/*
Plain (non-secret) configuration of a workload, as JSON: the data of its ConfigMap, which the
container reads with envFrom. commonEnv, then the workload's env, win over what the chart derives.
*/}}
{{- define "interview-system.config" -}}
{{- $root := .root -}}
{{- $w := .w -}}
{{- $config := dict
      "QUARKUS_HTTP_PORT" "8080"
      "KAFKA_BOOTSTRAP_SERVERS" (required "kafka.bootstrapServers is required" $root.Values.kafka.bootstrapServers)
      "INTERVIEW_KAFKA_METADATA_RECOVERY_STRATEGY" $root.Values.kafka.metadataRecoveryStrategy
      "INTERVIEW_DB_URL" (required "postgresql.url is required" $root.Values.postgresql.url)
      "QUARKUS_SHUTDOWN_TIMEOUT" (printf "%ds" (int $root.Values.shutdownTimeoutSeconds)) -}}
{{- $dbRole := include "interview-system.dbRole" . | fromJson -}}
{{- if $dbRole -}}
{{- $_ := set $config "INTERVIEW_DB_USER" $dbRole.username -}}
{{- else if not (and $root.Values.postgresql.existingSecret $root.Values.postgresql.existingSecretUserKey) -}}
{{- $_ := set $config "INTERVIEW_DB_USER" (required "postgresql.user is required" $root.Values.postgresql.user) -}}
{{- end -}}
{{- $groupId := required (printf "services.%s.groupId is required" $w.name) $w.groupId -}}
{{- range $w.consumes -}}
{{- $_ := set $config (include "interview-system.groupIdEnv" .channel) $groupId -}}
{{- end -}}
{{- if $w.stage -}}
{{- $_ := set $config "INTERVIEW_STAGE_NAME" $w.stage -}}
{{- $_ := set $config "INTERVIEW_BRAIN" ($w.brain | default $root.Values.interviewers.brain) -}}
{{- with $root.Values.interviewers.openai.baseUrl -}}
{{- $_ := set $config "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL" . -}}
{{- end -}}
{{- with $root.Values.interviewers.openai.model -}}
{{- $_ := set $config "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME" . -}}
{{- end -}}
{{- end -}}
{{- if $w.extraStage -}}
{{- if $w.bankConfigMap -}}
{{- $_ := set $config "INTERVIEW_STAGE_BANK_DIR" (include "interview-system.bankDir" $root) -}}
{{- end -}}
{{- end -}}
{{- if hasKey $w "publicUrl" -}}
{{- $ingress := $root.Values.ingress -}}
{{- if $w.publicUrl -}}
{{- $_ := set $config "INTERVIEW_GATEWAY_PUBLIC_URL" $w.publicUrl -}}
{{- else if and $ingress.enabled $ingress.host -}}
{{- $_ := set $config "INTERVIEW_GATEWAY_PUBLIC_URL" (printf "%s://%s" (ternary "https" "http" (not (empty $ingress.tls))) $ingress.host) -}}
{{- end -}}
{{- end -}}
{{- if hasKey $w "sessionKey" -}}
{{- /* the gateway passes the scoring and offer services' PDFs on to recruiters */ -}}
{{- $_ := set $config "INTERVIEW_GATEWAY_SCORING_URL" (printf "http://%s:%v" (include "interview-system.workloadName" (dict "root" $root "w" (dict "name" "scoring-service"))) $root.Values.service.port) -}}
{{- $_ := set $config "INTERVIEW_GATEWAY_OFFER_URL" (printf "http://%s:%v" (include "interview-system.workloadName" (dict "root" $root "w" (dict "name" "offer-service"))) $root.Values.service.port) -}}
{{- end -}}
{{- if hasKey $w "offerThreshold" -}}
{{- $_ := set $config "INTERVIEW_OFFER_THRESHOLD" (include "interview-system.envValue" $w.offerThreshold) -}}
{{- end -}}
{{- /* read by the run-java.sh of Quarkus' UBI OpenJDK images, and by glibc */ -}}
{{- $_ := set $config "GC_CONTAINER_OPTIONS" $root.Values.jvm.gc -}}
{{- $_ := set $config "JAVA_OPTS_APPEND" (printf "%s -Xmx%s" $root.Values.jvm.options (required (printf "%s: maxHeap is required" $w.name) $w.maxHeap)) -}}
{{- $_ := set $config "MALLOC_ARENA_MAX" (toString $root.Values.jvm.mallocArenaMax) -}}
{{- range $key, $value := $root.Values.commonEnv -}}
{{- $_ := set $config $key (include "interview-system.envValue" $value) -}}
{{- end -}}
{{- range $key, $value := ($w.env | default dict) -}}
{{- $_ := set $config $key (include "interview-system.envValue" $value) -}}
{{- end -}}
{{- toJson $config -}}
{{- end -}}

{{/*
Secret settings of a workload, as a JSON list of {env, secretName, key, value, managed}. A managed
entry lives in the workload's own Secret (created by the chart, key = env name, value from values,
empty unless given); an unmanaged one points into an existing Secret.
*/}}
{{- define "interview-system.secretEnv" -}}
{{- $root := .root -}}
{{- $w := .w -}}
{{- $own := include "interview-system.workloadName" . -}}
{{- $entries := list -}}
{{- $db := $root.Values.postgresql -}}
{{- $dbRole := include "interview-system.dbRole" . | fromJson -}}
{{- if $dbRole -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_DB_PASSWORD" "secretName" $dbRole.existingSecret "key" $dbRole.key "managed" false) -}}
{{- else if $db.existingSecret -}}
{{- if $db.existingSecretUserKey -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_DB_USER" "secretName" $db.existingSecret "key" $db.existingSecretUserKey "managed" false) -}}
{{- end -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_DB_PASSWORD" "secretName" $db.existingSecret "key" (required "postgresql.existingSecretPasswordKey is required" $db.existingSecretPasswordKey) "managed" false) -}}
{{- else -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_DB_PASSWORD" "secretName" $own "key" "INTERVIEW_DB_PASSWORD" "value" ($db.password | default "") "managed" true) -}}
{{- end -}}
{{- with $w.recruiterKey -}}
{{- if .existingSecret -}}
{{- $entries = append $entries (dict "env" "RECRUITER_KEY" "secretName" .existingSecret "key" (required "recruiterKey.existingSecretKey is required" .existingSecretKey) "managed" false) -}}
{{- else -}}
{{- $entries = append $entries (dict "env" "RECRUITER_KEY" "secretName" $own "key" "RECRUITER_KEY" "value" (.value | default "") "managed" true) -}}
{{- end -}}
{{- end -}}
{{- with $w.sessionKey -}}
{{- if .existingSecret -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_GATEWAY_SESSION_KEY" "secretName" .existingSecret "key" (required "sessionKey.existingSecretKey is required" .existingSecretKey) "managed" false) -}}
{{- else -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_GATEWAY_SESSION_KEY" "secretName" $own "key" "INTERVIEW_GATEWAY_SESSION_KEY" "value" (.value | default "") "managed" true) -}}
{{- end -}}
{{- end -}}
{{- $apiKey := $root.Values.serviceApiKey -}}
{{- if has $w.name $apiKey.services -}}
{{- if $apiKey.existingSecret -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_SERVICE_API_KEY" "secretName" $apiKey.existingSecret "key" (required "serviceApiKey.existingSecretKey is required" $apiKey.existingSecretKey) "managed" false) -}}
{{- else -}}
{{- $entries = append $entries (dict "env" "INTERVIEW_SERVICE_API_KEY" "secretName" $own "key" "INTERVIEW_SERVICE_API_KEY" "value" ($apiKey.value | default "") "managed" true) -}}
{{- end -}}
{{- end -}}
{{- if $w.stage -}}
{{- $llm := $root.Values.interviewers.openai -}}
{{- if $llm.existingSecret -}}
{{- $entries = append $entries (dict "env" "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY" "secretName" $llm.existingSecret "key" (required "interviewers.openai.existingSecretKey is required" $llm.existingSecretKey) "managed" false) -}}
{{- else -}}
{{- $entries = append $entries (dict "env" "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY" "secretName" $own "key" "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY" "value" ($llm.apiKey | default "") "managed" true) -}}
{{- end -}}
{{- end -}}
{{- toJson $entries -}}
{{- end -}}

{{/* The data of a workload's own Secret as JSON (env name -> value); {} when every secret is external. */}}
{{- define "interview-system.secretData" -}}
{{- $data := dict -}}
{{- range (include "interview-system.secretEnv" . | fromJsonArray) -}}
{{- if .managed -}}
{{- $_ := set $data .key (.value | default "") -}}
{{- end -}}
{{- end -}}
{{- toJson $data -}}
{{- end -}}

{{/* "true" when KEDA scales the workload: its keda.enabled when given, else keda.enabled; needs consumed topics. */}}
{{- define "interview-system.kedaEnabled" -}}
{{- $keda := .w.keda | default dict -}}
{{- $enabled := .root.Values.keda.enabled -}}
{{- if hasKey $keda "enabled" -}}
{{- $enabled = $keda.enabled -}}
{{- end -}}
{{- if and $enabled .w.consumes -}}true{{- end -}}
{{- end -}}

{{/* KEDA settings of a workload as JSON: the top-level keda block with the workload's overrides set over it. */}}
{{- define "interview-system.keda" -}}
{{- $keda := deepCopy .root.Values.keda -}}
{{- range $key, $value := (.w.keda | default dict) -}}
{{- $_ := set $keda $key $value -}}
{{- end -}}
{{- toJson $keda -}}
{{- end -}}

{{/*
Resource name of a KafkaTopic: <fullname>-<topic with dots as dashes> (spec.topicName keeps the real
name). A DNS subdomain, so up to 253 characters: truncating to 63 could merge topics' names.
*/}}
{{- define "interview-system.topicResourceName" -}}
{{- printf "%s-%s" (include "interview-system.fullname" .root) (.topic | replace "." "-" | replace "_" "-" | lower) | trunc 253 | trimSuffix "-" -}}
{{- end -}}
