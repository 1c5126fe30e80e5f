#!/usr/bin/env bash
# Starts one production instance of the portal. Usage: start-instance.sh <instance-number> [cluster-peers]
#   start-instance.sh 1 127.0.0.1:6900,127.0.0.1:6901
# Instances of one cluster share PostgreSQL (never embedded Derby: it is one JVM only) and replicate HTTP sessions
# through Hazelcast, so a reverse proxy (TLS terminates there) may send any request to any instance.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
instance="${1:-1}"
peers="${2:-127.0.0.1:6900}"
http_port=$((8079 + instance))
hz_port=$((6899 + instance))
# ParallelGC rather than G1: on a 2-core instance with a 1 GB heap its young collections stall the requests in flight
# for less time; the board list under 16 clients back to back measured p95 63–77 ms with it, 100–117 ms with G1
# (README "Measuring"). The heap is fixed at 1 GB so that it is not resized under load.
exec java -Xms1g -Xmx1g -XX:+UseParallelGC -Dfile.encoding=UTF-8 -Duser.timezone=Asia/Tokyo \
    -jar "${PAYARA_MICRO_JAR:-/opt/portal/payara-micro.jar}" \
    --deploy "${PORTAL_WAR:-/opt/portal/portal.war}" --contextroot / \
    --port "$http_port" \
    --clustername renkei-portal --clustermode "tcpip:${peers}" --startport "$hz_port" --interfaces "${PORTAL_CLUSTER_INTERFACE:-127.0.0.1}" \
    --postbootcommandfile "$here/post-boot-commands.asadmin" \
    --logproperties "$here/logging.properties" \
    --rootdir "/var/lib/portal/payara-instance-$instance"
