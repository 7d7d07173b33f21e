; Windows installer for the Digital literacy trainer (Bình dân học vụ số): Inno Setup 6.
;
; Build the one-folder app first (dist\dla\dla.exe, see docs/install.md), then compile
; this script with Inno Setup 6.3 or newer:   ISCC packaging\windows\dla.iss
; The installer is written to dist\dla-setup-<version>.exe.
;
; * Vietnamese is the installer's first language. Vietnamese.isl is an unofficial
;   translation, not shipped with the compiler: put it next to this script or into the
;   compiler's Languages folder (docs/install.md says where to get it).
; * The version comes from dla.exe's version resource, which packaging/dla.spec writes
;   from digital_literacy_app.__version__ (the one place); ISCC /DAppVersion=x.y.z overrides.
; * Per-machine install under Program Files (administrator rights), desktop shortcut.
; * Uninstalling keeps the learner data unless the person ticks the box that deletes it.
;   The data lives in the per-user folder %LOCALAPPDATA%\DigitalLiteracyTrainer
;   (platformdirs' user data folder; see digital_literacy_app/core/paths.py).

#define AppName "Bình dân học vụ số"
#define AppPublisher "Bình dân học vụ số"
#define AppExeName "dla.exe"
#define DataFolderName "DigitalLiteracyTrainer"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\dla"

#if !FileExists(DistDir + "\" + AppExeName)
  #error dist\dla\dla.exe is missing: build the app first (docs/install.md)
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error dla.exe carries no version; rebuild it with packaging/dla.spec or pass /DAppVersion=x.y.z
#endif

[Setup]
AppId={{0E517E97-D8CD-441C-88DE-A0CDCE89CBAD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#DataFolderName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=dla-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes
LanguageDetectionMethod=none
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=..\..\assets\icons\app.ico
UninstallDisplayName={#AppName}

[Languages]
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#else
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DataFormTitle=Dữ liệu học viên
vi.DataFormText=Gỡ phần mềm không xóa dữ liệu học viên (tên, tiến độ học, chứng nhận). Dữ liệu nằm trong thư mục:%n%1%n%nNếu sau này cài lại, mọi thứ vẫn còn. Chỉ đánh dấu ô dưới đây khi chắc chắn không cần dữ liệu này nữa; nên chép thư mục này ra USB trước.
vi.DataFormDelete=Xóa luôn dữ liệu học viên trên máy này
vi.DataDeleteFailed=Không xóa được hết thư mục %1. Có thể xóa nó bằng tay.
en.DataFormTitle=Learner data
en.DataFormText=Uninstalling does not delete the learner data (names, progress, certificates). It is in the folder:%n%1%n%nIf you install again later, everything is still there. Tick the box below only if you are sure this data is no longer needed; copy the folder to a USB stick first.
en.DataFormDelete=Also delete the learner data on this PC
en.DataDeleteFailed=Could not delete all of %1. You can delete it by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder app; a portable.txt or data\ left in dist\dla by a test is not shipped.
Source: "{#DistDir}\*"; DestDir: "{app}"; Excludes: "\portable.txt,\data\*"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
var
  DeleteLearnerData: Boolean;

function LearnerDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

{ Asks before anything is removed, with the box unticked: keeping the data is the default.
  Returns False when the person cancels, which stops the uninstall with nothing removed. }
function AskAboutData(const DataDir: String; var DeleteIt: Boolean): Boolean;
var
  Form: TSetupForm;
  Info: TNewStaticText;
  DeleteBox: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(ScaleX(460), ScaleY(210), False, False);
#else
  Form := CreateCustomForm;
  Form.ClientWidth := ScaleX(460);
  Form.ClientHeight := ScaleY(210);
#endif
  try
    Form.Caption := CustomMessage('DataFormTitle');

    Info := TNewStaticText.Create(Form);
    Info.Parent := Form;
    Info.AutoSize := False;
    Info.WordWrap := True;
    Info.Left := ScaleX(16);
    Info.Top := ScaleY(16);
    Info.Width := Form.ClientWidth - ScaleX(32);
    Info.Height := ScaleY(110);
    Info.Caption := FmtMessage(CustomMessage('DataFormText'), [DataDir]);

    DeleteBox := TNewCheckBox.Create(Form);
    DeleteBox.Parent := Form;
    DeleteBox.Left := ScaleX(16);
    DeleteBox.Top := ScaleY(134);
    DeleteBox.Width := Form.ClientWidth - ScaleX(32);
    DeleteBox.Height := ScaleY(20);
    DeleteBox.Caption := CustomMessage('DataFormDelete');
    DeleteBox.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(26);
    OkButton.Left := Form.ClientWidth - ScaleX(16 + 90 + 8 + 90);
    OkButton.Top := Form.ClientHeight - ScaleY(16 + 26);
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(26);
    CancelButton.Left := Form.ClientWidth - ScaleX(16 + 90);
    CancelButton.Top := OkButton.Top;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    Result := (Form.ShowModal = mrOk);
    DeleteIt := Result and DeleteBox.Checked;
  finally
    Form.Free;
  end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  DeleteLearnerData := False;
  { A silent uninstall (an IT helper's script) never deletes learner data. }
  if (not UninstallSilent) and DirExists(LearnerDataDir()) then
    Result := AskAboutData(LearnerDataDir(), DeleteLearnerData);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteLearnerData and DirExists(LearnerDataDir()) then
  begin
    if not DelTree(LearnerDataDir(), True, True, True) then
      MsgBox(FmtMessage(CustomMessage('DataDeleteFailed'), [LearnerDataDir()]), mbError, MB_OK);
  end;
end;
