# A private one-node Slurm cluster for a test (sourced, not run): its own
# munge key and socket, config, ports, state and logs under $1, so nothing
# of the machine's own Slurm or munge is touched. Needs root (the daemons'
# SlurmUser is root) and the Debian packages slurmd slurmctld slurm-client
# munge. slurm_start DIR; slurm_stop. After slurm_start, SLURM_CONF points
# at the cluster for sbatch/sinfo.
slurm_start() {
  local d=$1 host port
  host=$(hostname -s)
  port=$((20000 + $$ % 20000))
  mkdir -p "$d/munge" "$d/state" "$d/spool" "$d/log"
  chmod 700 "$d/munge"
  head -c 1024 /dev/urandom >"$d/munge/munge.key"
  chmod 400 "$d/munge/munge.key"
  munged -f --key-file="$d/munge/munge.key" --socket="$d/munge/socket" \
    --pid-file="$d/munge/munged.pid" --log-file="$d/log/munged.log" \
    --seed-file="$d/munge/seed" || return 1
  cat >"$d/slurm.conf" <<CONF
ClusterName=formwork-test
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$d/munge/socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
SlurmctldLogFile=$d/log/slurmctld.log
SlurmdLogFile=$d/log/slurmd.log
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=formwork Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF=$d/slurm.conf
  SLURM_DIR=$d
  slurmctld -c -f "$SLURM_CONF" || return 1
  slurmd -f "$SLURM_CONF" || return 1
  local _
  for _ in $(seq 120); do
    sinfo -h -o %t 2>/dev/null | grep -qx idle && return 0
    sleep 0.5
  done
  return 1
}

slurm_stop() {
  local f
  [[ -n ${SLURM_DIR:-} ]] || return 0
  for f in "$SLURM_DIR/slurmd.pid" "$SLURM_DIR/slurmctld.pid" "$SLURM_DIR/munge/munged.pid"; do
    [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null
  done
  sleep 0.5
  for f in "$SLURM_DIR/slurmd.pid" "$SLURM_DIR/slurmctld.pid" "$SLURM_DIR/munge/munged.pid"; do
    [[ -f $f ]] && kill -9 "$(cat "$f")" 2>/dev/null
  done
  return 0
}
