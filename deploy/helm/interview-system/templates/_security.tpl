{{/*
Least-privilege helpers: Kafka TLS/SASL settings and users, per-service database roles and the code
runner's pod settings. Each takes (dict "root" $ "w" $workload).
*/}}

{{/* Kafka user of a workload as JSON {username, existingSecret, existingSecretKey}, defaults filled in. */}}
{{- define "interview-system.kafkaUser" -}}
{{- $sasl := .root.Values.kafka.sasl -}}
{{- $user := get ($sasl.users | default dict) .w.name | default dict -}}
{{- $username := $user.username | default (printf "%s-kafka" (include "interview-system.workloadName" .) | trunc 63) -}}
{{- dict "username" $username "existingSecret" ($user.existingSecret | default $username) "existingSecretKey" ($user.existingSecretKey | default $sasl.existingSecretKey) | toJson -}}
{{- end -}}

{{/* security.protocol of the Kafka clients; empty for PLAINTEXT. */}}
{{- define "interview-system.kafkaSecurityProtocol" -}}
{{- $kafka := .Values.kafka -}}
{{- if and $kafka.tls.enabled $kafka.sasl.mechanism -}}SASL_SSL
{{- else if $kafka.tls.enabled -}}SSL
{{- else if $kafka.sasl.mechanism -}}SASL_PLAINTEXT
{{- end -}}
{{- end -}}

{{/*
Kafka security EnvVars of a workload (YAML list, empty when Kafka is plaintext). Quarkus passes every
KAFKA_* variable to the Kafka clients as the lower-cased, dotted property (KAFKA_SASL_JAAS_CONFIG ->
sasl.jaas.config). The password's variable is not KAFKA_* so that it is not passed on; the JAAS line
takes it through Kubernetes' $(VAR) expansion, so it never appears in the manifest.
*/}}
{{- define "interview-system.kafkaSecurityEnv" -}}
{{- $kafka := .root.Values.kafka -}}
{{- with include "interview-system.kafkaSecurityProtocol" .root }}
- name: KAFKA_SECURITY_PROTOCOL
  value: {{ . }}
{{- end }}
{{- if and $kafka.tls.enabled $kafka.tls.truststore.existingSecret }}
- name: KAFKA_SSL_TRUSTSTORE_TYPE
  value: PEM
- name: KAFKA_SSL_TRUSTSTORE_CERTIFICATES
  valueFrom:
    secretKeyRef:
      name: {{ $kafka.tls.truststore.existingSecret }}
      key: {{ required "kafka.tls.truststore.key is required" $kafka.tls.truststore.key }}
{{- end }}
{{- with $kafka.sasl.mechanism }}
{{- $user := include "interview-system.kafkaUser" $ | fromJson }}
- name: INTERVIEW_KAFKA_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $user.existingSecret }}
      key: {{ $user.existingSecretKey }}
- name: KAFKA_SASL_MECHANISM
  value: {{ . }}
- name: KAFKA_SASL_JAAS_CONFIG
  value: {{ printf "org.apache.kafka.common.security.scram.ScramLoginModule required username=%q password=\"$(INTERVIEW_KAFKA_PASSWORD)\";" $user.username | quote }}
{{- end }}
{{- end -}}

{{/*
Database role of a workload as JSON {username, existingSecret, key} when postgresql.serviceRoles is
enabled; {} otherwise (the shared user and password apply).
*/}}
{{- define "interview-system.dbRole" -}}
{{- $roles := .root.Values.postgresql.serviceRoles -}}
{{- if $roles.enabled -}}
{{- $role := get ($roles.roles | default dict) .w.name | default dict -}}
{{- dict "username" ($role.username | default (.w.name | replace "-" "_")) "existingSecret" ($role.existingSecret | default (printf "%s-db" (include "interview-system.workloadName" .))) "key" (required "postgresql.serviceRoles.existingSecretPasswordKey is required" $roles.existingSecretPasswordKey) | toJson -}}
{{- else -}}
{}
{{- end -}}
{{- end -}}

{{/* "true" when the workload runs candidate code (codeRunner.enabled and listed in codeRunner.services). */}}
{{- define "interview-system.runsCode" -}}
{{- if and .root.Values.codeRunner.enabled (has .w.name .root.Values.codeRunner.services) -}}true{{- end -}}
{{- end -}}

{{/* Container security context of a workload: the shared one, plus the code runner's needs where it runs code. */}}
{{- define "interview-system.containerSecurityContext" -}}
{{- $context := deepCopy (.root.Values.containerSecurityContext | default dict) -}}
{{- if include "interview-system.runsCode" . -}}
{{- $_ := set $context "seccompProfile" .root.Values.codeRunner.seccompProfile -}}
{{- $_ := set $context "procMount" .root.Values.codeRunner.procMount -}}
{{- end -}}
{{- toYaml $context -}}
{{- end -}}
