# Builds the snippet's root and execs the snippet in it. Runs as root of a fresh user namespace and as PID 1 of a
# fresh PID namespace (unshare), so every mount below is private to this run and nothing here needs host privileges.
# Arguments: run directory, size of the working tmpfs in KiB, number of read-only paths, those paths, the snippet's
# file name, the command. The snippet's code comes on standard input.
set -eu
run=$1 work_kib=$2 count=$3
shift 3
# the new root is a tmpfs over the (empty) run directory; the host's tree stays below it until pivot_root
root=$run
mount -t tmpfs -o mode=0755,size=1m,nosuid,nodev sandbox-root "$root"
while [ "$count" -gt 0 ]; do
    path=$1
    shift
    count=$((count - 1))
    mkdir -p "$root$(dirname "$path")"
    if [ -L "$path" ]; then
        ln -s "$(readlink "$path")" "$root$path"
    elif [ -d "$path" ]; then
        mkdir -p "$root$path"
        mount --bind -o ro,nosuid,nodev "$path" "$root$path"
    fi
done
mkdir -p "$root/dev" "$root/proc" "$root$run" "$root/.host"
for device in null zero random urandom; do
    touch "$root/dev/$device"
    mount --bind "/dev/$device" "$root/dev/$device"
done
# a proc of this PID namespace: only the snippet's own processes, never the service's
mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
mount -t tmpfs -o mode=0755,size="$work_kib"k,nosuid,nodev sandbox-work "$root$run"
cat > "$root$run/$1"
shift
cd "$root"
pivot_root . .host
cd /
umount -l /.host
rmdir /.host
mount -o remount,bind,ro,nosuid,nodev /
cd "$run"
exec env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME="$run" TMPDIR="$run" "$@" </dev/null
