# Starts dockertutor from PowerShell (Windows, or pwsh anywhere). In a source checkout (pom.xml
# beside this file) it builds first when the jar is missing or older than the sources; in the
# release zip it runs dockertutor.jar beside it with Java alone and never builds.
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$here = $PSScriptRoot
if (-not (Get-Command java -ErrorAction SilentlyContinue)) {
    [Console]::Error.WriteLine('dockertutor: Java 17 or later is needed and no java command was found; install it (e.g. https://adoptium.net) and try again / 需要 Java 17 以上的版本，但找不到 java 指令；請先安裝（例如 https://adoptium.net）再試一次')
    exit 1
}
# The jar needs Java 17; an older java would stop with a stack trace. The version is read from the
# release file of the java's own home ("1.8.0_392" is Java 8, "17.0.9" is 17): asking
# `java -version` would start a second JVM on every start. No such file: no check.
$javaHome = Split-Path -Parent (Split-Path -Parent (Get-Command java).Source)
$release = Join-Path $javaHome 'release'
if ((Test-Path $release) -and ((Get-Content $release -Raw) -match 'JAVA_VERSION="(1\.)?(\d+)')) {
    $major = [int]$Matches[2]
    if ($major -lt 17) {
        [Console]::Error.WriteLine("dockertutor: this java ($javaHome) is version $major, and dockertutor needs 17 or later / 這個 java（$javaHome）是第 $major 版，dockertutor 需要 17 以上的版本")
        exit 1
    }
}
$pom = Join-Path $here 'pom.xml'
if (-not (Test-Path $pom)) {
    $jar = Join-Path $here 'dockertutor.jar'
    # the jar's second part, named by its manifest: the engine's libraries (pom.xml says why)
    foreach ($part in 'dockertutor.jar', 'dockertutor-libs.jar') {
        if (-not (Test-Path (Join-Path $here $part))) {
            [Console]::Error.WriteLine("dockertutor: $part is missing beside this script; unzip the release again / 這個腳本旁邊少了 $part，請重新解壓縮")
            exit 1
        }
    }
} else {
    $jar = Join-Path (Join-Path $here 'target') 'dockertutor.jar'
    $build = -not (Test-Path $jar) -or -not (Test-Path (Join-Path (Join-Path $here 'target') 'dockertutor-libs.jar'))
    if (-not $build) {
        $built = (Get-Item $jar).LastWriteTime
        $newer = Get-ChildItem -Recurse -File (Join-Path (Join-Path $here 'src') 'main'), $pom | Where-Object { $_.LastWriteTime -gt $built } | Select-Object -First 1
        $build = [bool]$newer
    }
    if ($build) {
        [Console]::Error.WriteLine('dockertutor: building, this takes a minute the first time / 建置中，第一次需要約一分鐘……')
        Push-Location $here
        try { & mvn -q -B -ntp package -DskipTests } finally { Pop-Location }
        if ($LASTEXITCODE -ne 0) {
            [Console]::Error.WriteLine('dockertutor: the build failed, see above / 建置失敗，請看上面的訊息')
            exit 1
        }
    }
}
# A small first heap and a cap, as in ./dockertutor (bench/memory measures the peak)
& java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms24m -XX:NewSize=12m -Xmx512m -XX:-UsePerfData -jar $jar @args
exit $LASTEXITCODE
