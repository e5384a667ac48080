#!/bin/sh
# Container entry point. In cluster mode each process must advertise an address the other processes can reach:
# Kubernetes passes the pod IP in Cluster__AdvertisedIp; elsewhere (compose) the container's own IP is used.
set -eu
if [ "${Cluster__Provider:-Localhost}" = "Redis" ] && [ -z "${Cluster__AdvertisedIp:-}" ]; then
  Cluster__AdvertisedIp="$(hostname -i | cut -d' ' -f1)"
  export Cluster__AdvertisedIp
fi
exec dotnet /app/Realtime.Server.dll "$@"
