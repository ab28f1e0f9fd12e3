#!/usr/bin/env bash
# Integration test of `gridflex sweep --slurm` on a real Slurm cluster of one node, started here:
#   1. installs slurm-wlm and munge with apt when missing (skips, saying why, only where that is impossible);
#   2. starts munged (as the munge user, private socket) and slurmctld + slurmd from a config written here,
#      every state, pid and log file under one temporary directory, on ports of their own;
#   3. submits a 3-task array for a 12-point one-week sweep, waits, merges, and checks the merged table equals
#      the same sweep run here in one process (objectives to 1e-7 relative, statuses, no point twice);
#   4. cancels one task of a slower array midway (scancel), checks the merge names the missing points,
#      submits the same script again (its tasks --resume) and checks the merge is then complete, no duplicates;
#   5. stops the daemons it started, by the PIDs in their pid files.
# Usage: bash scripts/slurm_integration.sh [path/to/gridflex]   (default .build/release/gridflex)
set -euo pipefail
cd "$(dirname "$0")/.."
gridflex=$(realpath "${1:-.build/release/gridflex}")
python=$(command -v python3)

say() { echo "slurm integration: $*"; }
skip() { say "SKIPPED: $*"; exit 0; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

[ -x "$gridflex" ] || { say "no gridflex at $gridflex; build it with: swift build -c release --product gridflex"; exit 1; }

# 1. Slurm and munge.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    command -v apt-get >/dev/null || skip "slurm-wlm and munge are not installed and there is no apt-get to install them"
    as_root true 2>/dev/null || skip "slurm-wlm and munge are not installed, and installing them needs root (or sudo without a password)"
    if [ ! -c /dev/null ]; then # a regular file at /dev/null breaks apt's signature checks
        as_root rm -f /dev/null && as_root mknod -m 666 /dev/null c 1 3
    fi
    say "installing slurm-wlm and munge with apt"
    as_root apt-get update -qq || skip "apt-get update failed (no network to the Debian mirror?)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null \
        || skip "apt-get install slurm-wlm munge failed"
fi
[ "$(id -u)" -eq 0 ] || skip "starting slurmd (SlurmdUser=root) and munged as the munge user needs root"
id munge >/dev/null 2>&1 || skip "the munge package created no 'munge' user"

# 2. A one-node cluster under a temporary directory.
state=$(mktemp -d /tmp/gridflex-slurm.XXXXXX)
chmod 755 "$state"
work="$state/work"
mkdir -p "$work" "$state/munge" "$state/slurmd" "$state/ctld"
chown munge:munge "$state/munge"
chmod 755 "$state/munge" # munged wants its socket directory searchable by all

stop_daemons() {
    for pidfile in "$state/slurmd.pid" "$state/slurmctld.pid" "$state/munge/munged.pid"; do
        if [ -s "$pidfile" ]; then
            pid=$(cat "$pidfile")
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        fi
    done
}
on_exit() {
    status=$?
    stop_daemons
    if [ "$status" -eq 0 ]; then rm -rf "$state"; else say "FAILED (exit $status); logs and databases kept in $state"; fi
}
trap on_exit EXIT

key="$state/munge/munge.key"
if [ -r /etc/munge/munge.key ]; then cp /etc/munge/munge.key "$key"; else dd if=/dev/urandom of="$key" bs=1024 count=1 status=none; fi
chown munge:munge "$key"
chmod 400 "$key"
socket="$state/munge/munge.socket"
setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged --socket="$socket" --key-file="$key" \
    --pid-file="$state/munge/munged.pid" --log-file="$state/munge/munged.log" --seed-file="$state/munge/munged.seed"

cpus=$(nproc)
memory=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.8 }' /proc/meminfo)
port=$((20000 + RANDOM % 20000))
export SLURM_CONF="$state/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=gridflex
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=1024
ReturnToService=2
MailProg=/bin/true
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/slurmd
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
NodeName=gridflex-node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=sweeps Nodes=gridflex-node Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF" -N gridflex-node
for _ in $(seq 100); do
    sinfo -h -o %t 2>/dev/null | grep -q idle && break
    sleep 0.2
done
sinfo -h -o %t | grep -q idle || { say "the node did not come up idle: $(sinfo 2>&1)"; exit 1; }
say "cluster up: $cpus CPUs, $memory MB, port $port, state in $state"

wait_for_job() { # job id: waits until no task of the job is pending or running (at most 10 minutes)
    for _ in $(seq 3000); do
        [ -z "$(squeue -h -j "$1" 2>/dev/null)" ] && return 0
        sleep 0.2
    done
    say "job $1 did not finish in 10 minutes"; squeue; return 1
}
rows() { "$python" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM results").fetchone()[0])' "$1" 2>/dev/null || echo 0; }

# 3. A 12-point one-week sweep: 3 array tasks against one local process.
sweep=(sweep "$PWD/Models/guangxi/2030.yaml" --hours 1-168 --vary battery.power_mw=0:3000:1000 --vary plan.dr_share=0,0.04,0.08)
"$gridflex" "${sweep[@]}" --jobs 1 --db "$work/local.sqlite" 2>/dev/null
submitted=$("$gridflex" "${sweep[@]}" --db "$work/array.sqlite" --slurm --array-size 3 --seconds-per-point 5 --submit)
echo "$submitted"
job=$(echo "$submitted" | sed -n 's/^Submitted array job \([0-9]*\).*/\1/p')
[ -n "$job" ] || { say "no job id in the output of --submit"; exit 1; }
wait_for_job "$job"
"$gridflex" sweep merge "$work/merged.sqlite" "$work"/array.shard-*-of-3.sqlite
"$python" - "$work/local.sqlite" "$work/merged.sqlite" <<'PY'
import sqlite3, sys
def table(path):
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT point_key, status, objective FROM results").fetchall()
    keys = [r[0] for r in rows]
    assert len(keys) == len(set(keys)), f"{path}: a point is stored twice"
    return {r[0]: (r[1], r[2]) for r in rows}
local, merged = table(sys.argv[1]), table(sys.argv[2])
assert len(local) == 12 and set(local) == set(merged), (len(local), sorted(set(local) ^ set(merged)))
worst = 0.0
for key, (status, objective) in local.items():
    assert status == "optimal" and merged[key][0] == "optimal", (key, status, merged[key][0])
    worst = max(worst, abs(objective - merged[key][1]) / abs(objective))
# Each worker measures whether warm starts pay, so a point may end by interior point in one run and by warm dual
# simplex in the other; GLPK's interior point stops within a relative gap of 1e-8, so two honest answers can
# differ by a few 1e-9. 1e-7 still catches a point solved for the wrong settings.
assert worst <= 1e-7, f"objectives differ by {worst:.2e} (relative)"
print(f"slurm integration: the merged array table equals the local one: 12 points, objectives within {worst:.1e} (relative)")
PY

# 4. Cancel one task of a slower array midway, then submit the same script again.
slow=(sweep "$PWD/Models/guangxi/2030.yaml" --hours 1-1440 --method vertex --cold --vary battery.power_mw=0:7000:1000)
submitted=$("$gridflex" "${slow[@]}" --db "$work/slow.sqlite" --slurm --array-size 2 --seconds-per-point 30 --submit)
job=$(echo "$submitted" | sed -n 's/^Submitted array job \([0-9]*\).*/\1/p')
shard="$work/slow.shard-1-of-2.sqlite"
for _ in $(seq 1500); do
    [ -f "$shard" ] && [ "$(rows "$shard")" -ge 1 ] && break
    sleep 0.2
done
[ "$(rows "$shard")" -ge 1 ] || { say "task 1 stored no point"; exit 1; }
scancel "${job}_1"
wait_for_job "$job"
stored=$(rows "$shard")
[ "$stored" -lt 4 ] || { say "task 1 finished all its points before it was cancelled; nothing to resume"; exit 1; }
say "cancelled task ${job}_1 after $stored of its 4 points"
if "$gridflex" sweep merge "$work/slow.merged.sqlite" "$work"/slow.shard-*-of-2.sqlite > "$work/merge1.log" 2>&1; then
    say "the merge of the cancelled array should report missing points"; cat "$work/merge1.log"; exit 1
fi
grep -q "points are missing" "$work/merge1.log" || { cat "$work/merge1.log"; exit 1; }
job=$(sbatch --parsable "$work/slow.sbatch" | cut -d';' -f1)
wait_for_job "$job"
rm -f "$work/slow.merged.sqlite"
"$gridflex" sweep merge "$work/slow.merged.sqlite" "$work"/slow.shard-*-of-2.sqlite
"$python" - "$work/slow.merged.sqlite" <<'PY'
import sqlite3, sys
with sqlite3.connect(sys.argv[1]) as db:
    total, distinct = db.execute("SELECT COUNT(*), COUNT(DISTINCT point_key) FROM results").fetchone()
assert total == distinct == 8, (total, distinct)
print("slurm integration: after resubmitting, all 8 points are stored once")
PY
say "passed"
