#!/usr/bin/env bash
# What the package adds to a warm, real `dotnet build --no-incremental` of the generated application: alternating
# pairs of builds with the package and with its twin (the same package without our two analyzer assemblies), through
# the compiler server, timed by plain /usr/bin/time; and csc's -p:ReportAnalyzer=true report of the same builds.
#
#   tests/AccessRulesAnalyzer.Benchmarks/real-build.sh [entities=10000] [pairs=30] [work folder]
#
# Prints one row per pair and the medians (see docs/performance.md).
set -euo pipefail

entities=${1:-10000}
pairs=${2:-30}
work=${3:-${TMPDIR:-/tmp}/accessrules-real-build-$entities}
root=$(cd "$(dirname "$0")/../.." && pwd)

if ! [[ $entities =~ ^[0-9]+$ && $pairs =~ ^[0-9]+$ ]] || [ "$pairs" -lt 1 ]; then
  echo "usage: $0 [entities] [pairs] [work folder]" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time is missing: apt-get install time" >&2
  exit 2
fi

# A build through the compiler server is what `dotnet build` does by default; CI environments often turn it off.
unset UseSharedCompilation
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work"
mkdir -p "$work/feed"
version=0.0.1-bench.$(date -u +%Y%m%d%H%M%S)
echo "Packing $version ..." >&2
dotnet pack "$root/AccessRulesAnalyzer.sln" -c Release -o "$work/feed" -p:Version="$version" -nodeReuse:false > "$work/pack.log" 2>&1 ||
  { cat "$work/pack.log" >&2; exit 1; }
# Our package from the feed into a package folder of its own, so that no cached package of another build is used.
cat > "$work/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
dotnet run -c Release --project "$root/tests/AccessRulesAnalyzer.Benchmarks" -- write "$work/app" "$entities" "$version" >&2
cd "$work/app"
dotnet restore > "$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }

# One build: wall seconds, then our and NetAnalyzers' report times (seconds; both NetAnalyzers assemblies summed).
build() {
  local with=$1 log=$work/build.log
  /usr/bin/time -f "%e" -o "$work/time" dotnet build --no-restore --no-incremental -p:WithAccessRulesAnalyzer="$with" -p:ReportAnalyzer=true -v:d > "$log" 2>&1 ||
    { tail -30 "$log" >&2; exit 1; }
  grep -q "CompilerServer: server - server processed compilation" "$log" ||
    { echo "The compiler server did not compile this build (see $log)." >&2; exit 1; }
  awk -v wall="$(cat "$work/time")" '
    /Total analyzer execution time/ { report = 1 }
    report && /, Version=/ {
      time = $1; sub("<", "", time)
      if ($3 ~ /^AccessRulesAnalyzer,?$/) ours += time
      if ($3 ~ /NetAnalyzers,?$/) net += time
    }
    END { printf "%s %.3f %.3f\n", wall, ours, net }' "$log"
}

echo "Warming up the build server and MSBuild nodes (3 builds each way) ..." >&2
for _ in 1 2 3; do build true > /dev/null; build false > /dev/null; done

results=$work/pairs.txt
: > "$results"
echo "| pair | with the package (s) | twin (s) | added | ours in ReportAnalyzer (s) | NetAnalyzers (s) | ours / NetAnalyzers |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for ((i = 1; i <= pairs; i++)); do
  # The order turns each pair, so that neither build always runs first.
  if ((i % 2)); then with=$(build true); without=$(build false); else without=$(build false); with=$(build true); fi
  read -r wall ours net <<< "$with"
  read -r twin _ _ <<< "$without"
  echo "$i $wall $twin $ours $net" >> "$results"
  awk -v i="$i" -v w="$wall" -v t="$twin" -v o="$ours" -v n="$net" \
    'BEGIN { printf "| %d | %.2f | %.2f | %+.1f %% | %.3f | %.3f | %.2fx |\n", i, w, t, (w / t - 1) * 100, o, n, (n > 0 ? o / n : 0) }'
done

sort_median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
echo "Medians of $pairs pairs at $entities entities:"
echo "- with the package $(awk '{ print $2 }' "$results" | sort_median) s, twin $(awk '{ print $3 }' "$results" | sort_median) s"
echo "- added by the package: $(awk '{ printf "%.4f\n", ($2 / $3 - 1) * 100 }' "$results" | sort_median) % (the median of the pairs' differences)"
echo "- ReportAnalyzer: ours $(awk '{ print $4 }' "$results" | sort_median) s, NetAnalyzers $(awk '{ print $5 }' "$results" | sort_median) s, ours / NetAnalyzers $(awk '{ printf "%.4f\n", ($5 > 0 ? $4 / $5 : 0) }' "$results" | sort_median)x (the median of the builds' ratios)"
