# The user guide's credential profile examples (Managing Profiles, Credential Handling in AWS Tools for
# PowerShell Core on Linux, the role profile, Save Credentials to a Credentials File), run against a
# temporary HOME with AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE in it. The guide's
# "Set-AWSCredential -ProfileLocation ... -ProfileName basic_profile -AccessKey ..." names no parameter set
# the real cmdlet has; it is shown failing, then written with -StoreAs.

'== add =='
Set-AWSCredential `
                 -AccessKey AKIA0123456787EXAMPLE `
                 -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY `
                 -StoreAs MyNewProfile
Get-AWSCredential -ListProfileDetail | Format-Table ProfileName, StoreTypeName

'== linux =='
# Writes a new (or updates existing) profile with name "myProfileName"
# in the default shared credentials file ~/.aws/credentials

Set-AWSCredential -AccessKey akey -SecretKey skey -StoreAs myProfileName

# Writes a new (or updates existing) profile with name "myProfileName"
# into an ini-format credentials file "~/mycustompath/mycredentials"

Set-AWSCredential -AccessKey akey -SecretKey skey -StoreAs myProfileName -ProfileLocation ~/mycustompath/mycredentials

# Reads the default shared credential file looking for the profile "myProfileName"

Set-AWSCredential -ProfileName myProfileName
$StoredAWSCredentials

# Reads the specified credential file looking for the profile "myProfileName"

Set-AWSCredential -ProfileName myProfileName -ProfileLocation ~/mycustompath/mycredentials
(Get-Content ~/mycustompath/mycredentials) -join '|'

'== role profile =='
Set-AWSCredential -StoreAs my_source_profile -AccessKey access_key_id -SecretKey secret_key
Set-AWSCredential -StoreAs my_role_profile -SourceProfile my_source_profile -RoleArn arn:aws:iam::123456789012:role/role-i-want-to-assume
Get-AWSCredential -ProfileName my_role_profile | Format-List SourceCredentials, RoleArn, Options

'== save to file =='
try {
    Set-AWSCredential -ProfileLocation ./credentials -ProfileName basic_profile -AccessKey access_key2 -SecretKey secret_key2
} catch { $_.Exception.Message }
Set-AWSCredential -ProfileLocation ./credentials -StoreAs basic_profile -AccessKey access_key2 -SecretKey secret_key2
Get-Content ./credentials

'== remove =='
Remove-AWSCredentialProfile -ProfileName MyNewProfile -Force
Get-AWSCredential -ListProfileDetail | Format-Table ProfileName, StoreTypeName
