@echo off
rem Starts dockertutor. In a source checkout (pom.xml beside this file) it builds first when the
rem jar is missing or older than the sources; in the release zip it runs dockertutor.jar beside it
rem with Java alone and never builds.
setlocal
rem UTF-8 in the console first, so the Chinese text below and the tutor's show as Chinese
chcp 65001 >nul
set "HERE=%~dp0"
where java >nul 2>nul || ( echo dockertutor: Java 17 or later is needed and no java command was found; install it, e.g. https://adoptium.net / 需要 Java 17 以上的版本，但找不到 java 指令，請先安裝 & exit /b 1 )
if not exist "%HERE%pom.xml" (
  set "JAR=%HERE%dockertutor.jar"
  if not exist "%HERE%dockertutor.jar" ( echo dockertutor: dockertutor.jar is missing beside this file; unzip the release again / 這個檔案旁邊少了 dockertutor.jar，請重新解壓縮 & exit /b 1 )
  if not exist "%HERE%dockertutor-libs.jar" ( echo dockertutor: dockertutor-libs.jar is missing beside this file; unzip the release again / 這個檔案旁邊少了 dockertutor-libs.jar，請重新解壓縮 & exit /b 1 )
  goto run
)
set "JAR=%HERE%target\dockertutor.jar"
set BUILD=0
if not exist "%JAR%" set BUILD=1
if not exist "%HERE%target\dockertutor-libs.jar" set BUILD=1
if "%BUILD%"=="0" powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; $n=Get-ChildItem -Recurse -File '%HERE%src\main','%HERE%pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 }" || set BUILD=1
if "%BUILD%"=="1" (
  echo dockertutor: building, this takes a minute the first time / 建置中，第一次需要約一分鐘……
  pushd "%HERE%"
  call mvn -q -B -ntp package -DskipTests
  if errorlevel 1 ( popd & echo dockertutor: the build failed / 建置失敗 & exit /b 1 )
  popd
)
:run
rem A small first heap and a cap, as in ./dockertutor (bench/memory measures the peak)
java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms24m -XX:NewSize=12m -Xmx512m -XX:-UsePerfData -jar "%JAR%" %*
