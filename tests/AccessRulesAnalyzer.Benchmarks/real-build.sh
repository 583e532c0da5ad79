#!/usr/bin/env bash
# What the package adds to a warm, real `dotnet build --no-incremental` of the generated application: alternating
# pairs of builds with the package and with its twin (the same package without our two analyzer assemblies), through
# the compiler server, timed by plain /usr/bin/time; and csc's -p:ReportAnalyzer=true report of the same builds.
#
#   tests/AccessRulesAnalyzer.Benchmarks/real-build.sh [--documents] [--floor] [entities=10000] [pairs=30] [work folder]
#
# With --documents, each round builds the app without and with its documents (microflows, pages, services), both
# pairs in one run, and the medians say what the documents add to the package's share of the build.
# With --floor, the measured analyzer is the attribute-reading baseline (AttributeReadingAnalyzer.cs, compiled alone
# against the Roslyn the package ships for) instead of ours: what any analyzer that reads the same attributes costs,
# with nothing of ours around it. "ours" in the output is then that analyzer.
# Prints one row per pair and the medians (see docs/performance.md).
set -euo pipefail

documents=false
floor=false
if [ "${1:-}" = --documents ]; then documents=true; shift; fi
if [ "${1:-}" = --floor ]; then floor=true; shift; fi
entities=${1:-10000}
pairs=${2:-30}
work=${3:-${TMPDIR:-/tmp}/accessrules-real-build-$entities}
root=$(cd "$(dirname "$0")/../.." && pwd)

if ! [[ $entities =~ ^[0-9]+$ && $pairs =~ ^[0-9]+$ ]] || [ "$pairs" -lt 1 ]; then
  echo "usage: $0 [--documents] [--floor] [entities] [pairs] [work folder]" >&2
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
apps=(app)
if $documents; then apps+=(app-documents); fi
# The analyzer measured: ours, or with --floor the baseline, built here as a build loads an analyzer.
measured=AccessRulesAnalyzer
with_measured=(-p:WithAccessRulesAnalyzer=true)
if $floor; then
  mkdir -p "$work/floor"
  cat > "$work/floor/Floor.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.5.0" PrivateAssets="all" />
    <!-- As the package's analyzer project: 4.5.0's own dependencies otherwise resolve to a downgrade (NU1605). -->
    <PackageReference Include="System.Collections.Immutable" Version="6.0.1" PrivateAssets="all" />
    <Compile Include="$root/tests/AccessRulesAnalyzer.Benchmarks/AttributeReadingAnalyzer.cs" />
  </ItemGroup>
</Project>
EOF
  (cd "$work/floor" && dotnet build -c Release -o "$work/floor/bin" > "$work/floor.log" 2>&1) || { cat "$work/floor.log" >&2; exit 1; }
  measured=Floor
  with_measured=(-p:WithAccessRulesAnalyzer=false -p:FloorAnalyzer="$work/floor/bin/Floor.dll")
fi
for app in "${apps[@]}"; do
  dotnet run -c Release --project "$root/tests/AccessRulesAnalyzer.Benchmarks" -- write "$work/$app" "$entities" "$version" \
    $([ "$app" = app-documents ] && echo documents) >&2
  (cd "$work/$app" && dotnet restore > "$work/restore.log" 2>&1) || { cat "$work/restore.log" >&2; exit 1; }
done

# One build of an app: wall seconds, our and NetAnalyzers' report times (seconds; both NetAnalyzers assemblies summed),
# and the seconds of its CoreCompile target (the compiler's run, analyzers included) from MSBuild's performance summary.
build() {
  local app=$1 with=$2 log=$work/build.log
  local analyzer=(-p:WithAccessRulesAnalyzer=false)
  if [ "$with" = true ]; then analyzer=("${with_measured[@]}"); fi
  (cd "$work/$app" && /usr/bin/time -f "%e" -o "$work/time" dotnet build --no-restore --no-incremental \
    "${analyzer[@]}" -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$log" 2>&1) ||
    { tail -30 "$log" >&2; exit 1; }
  grep -q "CompilerServer: server - server processed compilation" "$log" ||
    { echo "The compiler server did not compile this build (see $log)." >&2; exit 1; }
  awk -v wall="$(cat "$work/time")" -v measured="$measured" '
    /Total analyzer execution time/ { report = 1 }
    report && /, Version=/ {
      time = $1; sub("<", "", time)
      if ($3 == measured || $3 == measured ",") ours += time
      if ($3 ~ /NetAnalyzers,?$/) net += time
    }
    /Target Performance Summary/ { targets = 1 }
    targets && $2 == "ms" && $3 == "CoreCompile" { compile = $1 / 1000 }
    END { printf "%s %.3f %.3f %.3f\n", wall, ours, net, compile }' "$log"
}

echo "Warming up the build server and MSBuild nodes (3 builds each way) ..." >&2
for _ in 1 2 3; do
  for app in "${apps[@]}"; do build "$app" true > /dev/null; build "$app" false > /dev/null; done
done

# Each line of $results: pair, app, wall with the package, twin's wall, ours and NetAnalyzers in ReportAnalyzer, and
# CoreCompile with the package and the twin's.
results=$work/pairs.txt
: > "$results"
echo "| pair | app | with the package (s) | twin (s) | added | CoreCompile, with / twin (s) | ours in ReportAnalyzer (s) | NetAnalyzers (s) | ours / NetAnalyzers |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for ((i = 1; i <= pairs; i++)); do
  # The order turns each pair, so that neither build (nor, with documents, neither app) always runs first.
  order=("${apps[@]}")
  if ((i % 2 == 0)) && $documents; then order=(app-documents app); fi
  for app in "${order[@]}"; do
    if ((i % 2)); then with=$(build "$app" true); without=$(build "$app" false); else without=$(build "$app" false); with=$(build "$app" true); fi
    read -r wall ours net compile <<< "$with"
    read -r twin _ _ twin_compile <<< "$without"
    echo "$i $app $wall $twin $ours $net $compile $twin_compile" >> "$results"
    awk -v i="$i" -v a="$app" -v w="$wall" -v t="$twin" -v o="$ours" -v n="$net" -v c="$compile" -v tc="$twin_compile" \
      'BEGIN { printf "| %d | %s | %.2f | %.2f | %+.1f %% | %.2f / %.2f | %.3f | %.3f | %.2fx |\n", i, a, w, t, (w / t - 1) * 100, c, tc, o, n, (n > 0 ? o / n : 0) }'
  done
done

sort_median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for app in "${apps[@]}"; do
  rows() { awk -v a="$app" '$2 == a' "$results"; }
  echo
  echo "Medians of $pairs pairs at $entities entities, $([ "$app" = app ] && echo "without documents" || echo "with documents"):"
  echo "- with the package $(rows | awk '{ print $3 }' | sort_median) s, twin $(rows | awk '{ print $4 }' | sort_median) s"
  echo "- added by the package: $(rows | awk '{ printf "%.4f\n", ($3 / $4 - 1) * 100 }' | sort_median) % (the median of the pairs' differences)"
  echo "- ReportAnalyzer: ours $(rows | awk '{ print $5 }' | sort_median) s, NetAnalyzers $(rows | awk '{ print $6 }' | sort_median) s, ours / NetAnalyzers $(rows | awk '{ printf "%.4f\n", ($6 > 0 ? $5 / $6 : 0) }' | sort_median)x (the median of the builds' ratios)"
  echo "- CoreCompile: with the package $(rows | awk '{ print $7 }' | sort_median) s, twin $(rows | awk '{ print $8 }' | sort_median) s; added by the package $(rows | awk '{ printf "%.4f\n", ($7 / $8 - 1) * 100 }' | sort_median) %"
  echo "- ours in ReportAnalyzer as a share of the twin's CoreCompile: $(rows | awk '{ printf "%.4f\n", $5 / $8 * 100 }' | sort_median) % (the median of the pairs')"
done

if $documents; then
  # Per round, the app with documents against the app without, both measured in that round.
  echo
  echo "What the documents add to the package's share (points, the median of the rounds' differences):"
  # $1: an awk expression of one row's figure; prints the median over rounds of the app with documents' minus the other's.
  added_by_documents() {
    awk "{ v[\$1 \" \" \$2] = $1 } END { for (k in v) { split(k, p, \" \"); if (p[2] == \"app\") printf \"%.4f\\n\", v[p[1] \" app-documents\"] - v[k] } }" "$results" | sort_median
  }
  echo "- to what the package adds to the build's wall time: $(added_by_documents '($3 / $4 - 1) * 100')"
  echo "- to what the package adds to CoreCompile: $(added_by_documents '($7 / $8 - 1) * 100')"
  echo "- to ours in ReportAnalyzer as a share of the twin's CoreCompile: $(added_by_documents '$5 / $8 * 100')"
fi
