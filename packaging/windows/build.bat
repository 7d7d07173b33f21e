@echo off
rem Builds the one-folder app dist\dla on Windows, checks it, and makes the installer.
rem Needs Python 3.11 (64-bit) from python.org, and Inno Setup 6.3 or newer for the
rem installer; see docs\install.md. Run it from anywhere: it works in the repository root.
setlocal
cd /d "%~dp0..\.."

if not exist ".venv\Scripts\python.exe" (
  py -3.11 -m venv .venv
  if errorlevel 1 python -m venv .venv
)
if not exist ".venv\Scripts\python.exe" goto :no_python

".venv\Scripts\python.exe" -m pip install --upgrade pip
if errorlevel 1 goto :failed
".venv\Scripts\python.exe" -m pip install -e ".[bundle]"
if errorlevel 1 goto :failed
".venv\Scripts\python.exe" -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\dla.spec
if errorlevel 1 goto :failed
"dist\dla\dla.exe" --self-check
if errorlevel 1 goto :failed

set "ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"
if not exist "%ISCC%" set "ISCC=%ProgramFiles%\Inno Setup 6\ISCC.exe"
if not exist "%ISCC%" set "ISCC=%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe"
if not exist "%ISCC%" goto :no_inno
"%ISCC%" "packaging\windows\dla.iss"
if errorlevel 1 goto :failed
echo.
echo Done: the installer is in the dist folder (dla-setup-VERSION.exe).
exit /b 0

:no_inno
echo.
echo dist\dla is ready, but Inno Setup 6 was not found, so no installer was made.
echo Install Inno Setup 6.3 or newer and run this again (docs\install.md).
exit /b 0

:no_python
echo Python 3.11 was not found. Install it from python.org (tick "Add python.exe to PATH").
exit /b 1

:failed
echo.
echo The build stopped with an error; see the messages above.
exit /b 1
