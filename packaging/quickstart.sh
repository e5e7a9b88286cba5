#!/bin/sh
# Installs the Debian 12 packages VPC Studio needs, builds it, and then
# either opens the designer on the bundled example ("run") or runs every
# test ("test"). Run as root on a fresh machine; later runs skip the
# packages that are already installed.
set -eu

mode=${1:-run}
build_dir=${BUILD_DIR:-build}
packages="cmake ninja-build g++ qt6-base-dev qt6-svg-dev qt6-tools-dev
qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libgl-dev
libqcustomplot-dev libyaml-cpp-dev fonts-noto-cjk xvfb xauth"

missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
        || missing="$missing $package"
done
if [ -n "$missing" ]; then
    echo "quickstart: installing$missing"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel

case "$mode" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "quickstart: no display found; starting the designer under Xvfb"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/app/vpcstudio"
    fi
    exec "$build_dir/app/vpcstudio"
    ;;
test)
    # The CloudFormation export test lints exported templates with the npm
    # package cfn-lint; without npm that test skips its lint checks.
    if command -v npm >/dev/null 2>&1; then
        npm install --prefix "$build_dir/cfn-lint" --no-audit --no-fund cfn-lint@1.9.7
    else
        echo "quickstart: npm not found; the CloudFormation lint checks will be skipped"
    fi
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300
    ;;
*)
    echo "usage: packaging/quickstart.sh run|test" >&2
    exit 2
    ;;
esac
