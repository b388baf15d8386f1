@echo off
rem Starts dockertutor, building it first when the jar is missing or older than the sources.
setlocal
rem UTF-8 in the console first, so the Chinese text below and the tutor's show as Chinese
chcp 65001 >nul
set "HERE=%~dp0"
set "JAR=%HERE%target\dockertutor.jar"
set BUILD=0
if not exist "%JAR%" set BUILD=1
if "%BUILD%"=="0" powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; $n=Get-ChildItem -Recurse -File '%HERE%src','%HERE%pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 }" || set BUILD=1
if "%BUILD%"=="1" (
  echo dockertutor: building, this takes a minute the first time / 建置中，第一次需要約一分鐘……
  pushd "%HERE%"
  call mvn -q -B -ntp package -DskipTests
  if errorlevel 1 ( popd & echo dockertutor: the build failed / 建置失敗 & exit /b 1 )
  popd
)
rem A small first heap and a cap, as in ./dockertutor (bench/memory measures the peak)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xmx512m -jar "%JAR%" %*
